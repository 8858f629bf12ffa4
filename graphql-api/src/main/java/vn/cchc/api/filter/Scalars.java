package vn.cchc.api.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.cchc.api.error.Arguments;
import vn.cchc.api.mapping.Enums;
import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.shared.Condition.Operator;
import vn.cchc.domain.shared.Condition;

/** The operators of the scalar filters, read into one condition: every operator given must hold. */
public final class Scalars {

    private Scalars() {
    }

    /**
     * @param compared the comparison operators given, with their values (absent ones null)
     * @param in       the values of {@code in}, or null
     * @param isNull   the {@code isNull} operator, or null
     * @param value    maps an input value to the domain's (an API enum to the domain's)
     */
    static Condition condition(String path, Attribute attribute, Map<Operator, Object> compared, List<?> in, Boolean isNull,
                               Function<Object, Object> value) {
        Map<Operator, Object> given = new java.util.EnumMap<>(Operator.class);
        compared.forEach((op, v) -> {
            if (v != null) {
                given.put(op, v);
            }
        });
        refuseConflicts(path, given, in, isNull);
        List<Condition> parts = new ArrayList<>();
        given.forEach((op, v) -> parts.add(Conditions.read(path + "." + name(op),
                () -> new Condition.Compare(attribute, op, value.apply(v)))));
        if (in != null) {
            List<Object> values = new ArrayList<>(in.size());
            for (Object v : in) {
                if (v == null) {
                    throw Arguments.invalid(path + ".in", "must not hold null: ask isNull instead");
                }
                values.add(value.apply(v));
            }
            parts.add(Conditions.read(path + ".in", () -> new Condition.OneOf(attribute, values)));
        }
        if (isNull != null) {
            parts.add(Conditions.read(path + ".isNull", () -> new Condition.IsNull(attribute, isNull)));
        }
        return Condition.and(parts);
    }

    /** The comparisons given among these operators' values (null: not given). */
    static Map<Operator, Object> compared(Object eq, Object gt, Object gte, Object lt, Object lte) {
        Map<Operator, Object> given = new java.util.EnumMap<>(Operator.class);
        given.put(Operator.EQ, eq);
        given.put(Operator.GT, gt);
        given.put(Operator.GTE, gte);
        given.put(Operator.LT, lt);
        given.put(Operator.LTE, lte);
        return given;
    }

    /** The same, for a value that crosses unchanged. */
    static Condition condition(String path, Attribute attribute, Map<Operator, Object> compared, List<?> in, Boolean isNull) {
        return condition(path, attribute, compared, in, isNull, v -> v);
    }

    /** The same, for an API enum mirroring the attribute's domain enum. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Condition enumCondition(String path, Attribute attribute, Enum<?> eq, List<? extends Enum<?>> in, Boolean isNull) {
        Class domain = attribute.type();
        return condition(path, attribute, compared(eq, null, null, null, null), in, isNull,
                v -> Enums.mirror((Enum<?>) v, domain));
    }

    /** Operators that ask the same thing twice or cannot hold together are refused rather than guessed at. */
    private static void refuseConflicts(String path, Map<Operator, Object> given, List<?> in, Boolean isNull) {
        if (Boolean.TRUE.equals(isNull) && (!given.isEmpty() || in != null)) {
            throw Arguments.invalid(path, "isNull: true cannot be combined with other operators");
        }
        if (given.containsKey(Operator.EQ) && (given.size() > 1 || in != null)) {
            throw Arguments.invalid(path, "eq cannot be combined with in or a range");
        }
        if (given.containsKey(Operator.GT) && given.containsKey(Operator.GTE)) {
            throw Arguments.invalid(path, "give gt or gte, not both");
        }
        if (given.containsKey(Operator.LT) && given.containsKey(Operator.LTE)) {
            throw Arguments.invalid(path, "give lt or lte, not both");
        }
    }

    private static String name(Operator operator) {
        return switch (operator) {
            case EQ -> "eq";
            case GT -> "gt";
            case GTE -> "gte";
            case LT -> "lt";
            case LTE -> "lte";
            case STARTS_WITH -> "startsWith";
        };
    }
}

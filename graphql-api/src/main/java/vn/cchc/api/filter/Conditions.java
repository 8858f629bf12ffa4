package vn.cchc.api.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.cchc.api.error.Arguments;
import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.DomainException;

/**
 * Builds the condition of one filter input from its fields: every given field adds a part, all parts must hold. A
 * rule the domain refuses becomes a BAD_USER_INPUT error naming the field's path.
 */
public final class Conditions {

    private final String path;
    private final List<Condition> parts = new ArrayList<>();

    private Conditions(String path) {
        this.path = path;
    }

    public static Conditions at(String path) {
        return new Conditions(path);
    }

    /** The field's operators on a value of the aggregate. */
    public Conditions on(String field, ScalarFilter filter, Attribute attribute) {
        if (filter != null) {
            parts.add(filter.toCondition(path + "." + field, attribute));
        }
        return this;
    }

    /** The field's filter of a related type, through the relation. */
    public Conditions on(String field, EntityFilter filter, Attribute relation) {
        if (filter != null) {
            String at = path + "." + field;
            Condition condition = filter.toCondition(at);
            parts.add(read(at, () -> Condition.related(relation, condition)));
        }
        return this;
    }

    /** A condition the field stands for, built by the domain, when the field is given. */
    public Conditions given(String field, Object value, Supplier<Condition> condition) {
        if (value != null) {
            parts.add(read(path + "." + field, condition));
        }
        return this;
    }

    /** The condition of all the fields and of the filter's {@code and}, {@code or} and {@code not}. */
    public <F extends EntityFilter> Condition build(List<F> and, List<F> or, F not) {
        if (and != null) {
            parts.add(Condition.and(each("and", and)));
        }
        if (or != null) {
            parts.add(Condition.or(each("or", or)));
        }
        if (not != null) {
            parts.add(Condition.not(not.toCondition(path + ".not")));
        }
        return Condition.and(parts);
    }

    private List<Condition> each(String field, List<? extends EntityFilter> filters) {
        List<Condition> conditions = new ArrayList<>(filters.size());
        for (int i = 0; i < filters.size(); i++) {
            String at = path + "." + field + "[" + i + "]";
            if (filters.get(i) == null) {
                throw Arguments.invalid(at, "must not be null");
            }
            conditions.add(filters.get(i).toCondition(at));
        }
        return conditions;
    }

    /** Runs a domain construction; a rule it breaks becomes a bad-input error naming {@code path}. */
    static <T> T read(String path, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (DomainException e) {
            throw Arguments.invalid(path, e.getMessage());
        }
    }
}

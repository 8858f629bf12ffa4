package vn.cchc.persistence.jpa;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.SortDirection;
import vn.cchc.domain.shared.SortKey;

/**
 * Translates the domain's {@link Condition} trees and sort keys into JPA Criteria predicates and orders. Values are
 * bound as parameters by the JPA provider, attribute paths come from {@link Model}: no SQL is written from input.
 * A relation becomes a join on its foreign key with the condition on the joined entity: every relation is to-one, so a
 * join never multiplies rows, and an optional relation is joined outer so that no entity is dropped for lacking it.
 */
final class Where {

    static final char LIKE_ESCAPE = '\\';

    private final CriteriaBuilder cb;

    Where(CriteriaBuilder cb) {
        this.cb = cb;
    }

    /** The predicate of a condition on the entity {@code entity} of {@code query}. */
    <T> Predicate of(Condition condition, Model<T> model, From<?, T> entity, AbstractQuery<?> query) {
        if (condition instanceof Condition.All all) {
            return cb.and(all.parts().stream().map(c -> of(c, model, entity, query)).toArray(Predicate[]::new));
        }
        if (condition instanceof Condition.Any any) {
            return any.parts().isEmpty() ? cb.disjunction()
                    : cb.or(any.parts().stream().map(c -> of(c, model, entity, query)).toArray(Predicate[]::new));
        }
        if (condition instanceof Condition.Not not) {
            return cb.not(of(not.condition(), model, entity, query));
        }
        if (condition instanceof Condition.Compare compare) {
            Path<?> path = model.path(entity, compare.attribute());
            return present(compare.attribute().nullable(), path, compare(path, compare.operator(), compare.value()));
        }
        if (condition instanceof Condition.OneOf oneOf) {
            Path<?> path = model.path(entity, oneOf.attribute());
            return oneOf.values().isEmpty() ? cb.disjunction()
                    : present(oneOf.attribute().nullable(), path, path.in(oneOf.values()));
        }
        if (condition instanceof Condition.IsNull isNull) {
            Path<?> path = model.path(entity, isNull.attribute());
            return isNull.missing() ? cb.isNull(path) : cb.isNotNull(path);
        }
        if (condition instanceof Condition.Search search) {
            require(model.searchable(), model, "text search");
            return cb.like(entity.get("searchText"), "%" + escapeLike(search.words()) + "%", LIKE_ESCAPE);
        }
        if (condition instanceof Condition.Related related) {
            return related(related, model, entity, query);
        }
        Condition.WithinSubtree within = (Condition.WithinSubtree) condition;
        require(model.tree(), model, "a subtree");
        return within(within.code(), entity.get("path"), query);
    }

    /** The orders of the sort keys, or the list's default order without keys; then by id, so that ties are broken. */
    <T> List<Order> order(List<SortKey> keys, Model<T> model, From<?, T> entity, List<Order> defaultOrder) {
        if (keys.isEmpty()) {
            return defaultOrder;
        }
        List<Order> orders = new ArrayList<>();
        for (SortKey key : keys) {
            Path<?> path = model.path(entity, key.attribute());
            if (key.attribute().nullable()) {
                // missing values last in either direction, the same on every database
                orders.add(cb.asc(cb.selectCase().when(cb.isNull(path), 1).otherwise(0)));
            }
            orders.add(key.direction() == SortDirection.ASC ? cb.asc(path) : cb.desc(path));
        }
        orders.add(cb.asc(entity.get("id")));
        return orders;
    }

    /** A comparison is false, never unknown, where the value is missing: {@code not} then gives the exact complement. */
    private Predicate present(boolean nullable, Path<?> path, Predicate comparison) {
        return nullable ? cb.and(cb.isNotNull(path), comparison) : comparison;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Predicate compare(Path<?> path, Condition.Operator operator, Object value) {
        Expression<Comparable> ordered = (Expression<Comparable>) path;
        Comparable bound = value instanceof Comparable c ? c : null;
        return switch (operator) {
            case EQ -> cb.equal(path, value);
            case GT -> cb.greaterThan(ordered, bound);
            case GTE -> cb.greaterThanOrEqualTo(ordered, bound);
            case LT -> cb.lessThan(ordered, bound);
            case LTE -> cb.lessThanOrEqualTo(ordered, bound);
            case STARTS_WITH -> cb.like((Expression<String>) path, escapeLike((String) value) + "%", LIKE_ESCAPE);
        };
    }

    private <T, R> Predicate related(Condition.Related related, Model<T> model, From<?, T> entity, AbstractQuery<?> query) {
        @SuppressWarnings("unchecked")
        Model<R> target = (Model<R>) model.targets().apply(related.relation());
        // outer where the relation is optional, so that NOT keeps the entities without it
        From<T, R> other = join(entity, model.relation(related.relation()),
                related.relation().nullable() ? JoinType.LEFT : JoinType.INNER);
        return present(related.relation().nullable(), other.get("id"), of(related.condition(), target, other, query));
    }

    /**
     * The join of a to-one relation, the one the query already has if any: joined twice, Derby reads the table twice
     * (the dashboard's statistics took 3.5x as long); a to-one join never multiplies rows, so one serves every
     * condition on the relation.
     */
    @SuppressWarnings("unchecked")
    private static <T, R> From<T, R> join(From<?, T> entity, String relation, JoinType type) {
        return (From<T, R>) entity.getJoins().stream()
                .filter(j -> j.getAttribute().getName().equals(relation) && j.getJoinType() == type)
                .findFirst()
                .orElseGet(() -> entity.join(relation, type));
    }

    /**
     * The unit at {@code unitPath} is the unit with this code or below it: its path starts with that unit's path,
     * compared exactly (a '_' in a code is no wildcard). An unknown code matches nothing.
     */
    private Predicate within(String code, Path<String> unitPath, AbstractQuery<?> query) {
        Subquery<Long> root = query.subquery(Long.class);
        Root<?> top = root.from(Model.UNIT.type());
        Path<String> topPath = top.get("path");
        root.select(top.get("id")).where(cb.equal(top.get("code"), code),
                cb.equal(cb.substring(unitPath, cb.literal(1), cb.length(topPath)), topPath));
        return cb.exists(root);
    }

    private static void require(boolean supported, Model<?> model, String what) {
        if (!supported) {
            throw new IllegalArgumentException(model.type().getSimpleName() + " cannot be filtered by " + what);
        }
    }

    /** The text with LIKE's wildcards escaped, to match literally. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

package vn.cchc.domain.shared;

import java.util.List;
import java.util.Objects;

/**
 * Which items of a list and in which order. An empty order means the list's own default order; whatever the order,
 * ties are broken by id, so that the same criteria always give the same sequence and pages neither repeat nor skip.
 */
public record Criteria(Condition condition, List<SortKey> order) {

    public Criteria {
        Objects.requireNonNull(condition, "condition");
        order = List.copyOf(order);
    }

    public static Criteria all() {
        return new Criteria(Condition.TRUE, List.of());
    }

    public static Criteria where(Condition condition) {
        return new Criteria(condition, List.of());
    }

    public Criteria orderBy(SortKey... keys) {
        return new Criteria(condition, List.of(keys));
    }

    public Criteria and(Condition more) {
        return new Criteria(Condition.and(condition, more), order);
    }
}

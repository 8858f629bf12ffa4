package vn.cchc.domain.shared;

import java.util.Objects;

/** One key of a list's order; lists missing a value put it last in either direction. */
public record SortKey(Attribute attribute, SortDirection direction) {

    public SortKey {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(direction, "direction");
        DomainException.require(!attribute.isRelation(), Condition.INVALID, "cannot order by the relation " + attribute.name());
    }

    public static SortKey asc(Attribute attribute) {
        return new SortKey(attribute, SortDirection.ASC);
    }

    public static SortKey desc(Attribute attribute) {
        return new SortKey(attribute, SortDirection.DESC);
    }
}

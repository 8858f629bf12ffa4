package vn.cchc.api.filter;

import java.util.List;
import vn.cchc.domain.shared.Criteria;

/** The {@code filter} and {@code orderBy} arguments of a list, read as the domain's criteria. */
public final class ListCriteria {

    private ListCriteria() {
    }

    public static Criteria of(EntityFilter filter, List<? extends OrderInput> orderBy) {
        return new Criteria(EntityFilter.of(filter, "filter"), OrderInput.keys(orderBy, "orderBy"));
    }
}

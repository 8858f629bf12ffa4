package vn.cchc.api.filter;

import vn.cchc.domain.shared.Condition;

/** A filter input of one type of the API: it reads as a condition on that type's aggregates. */
public interface EntityFilter {

    /** @param path where the filter sits in the arguments, for error messages ("filter.issuer") */
    Condition toCondition(String path);

    /** The condition of a filter argument; no filter matches everything. */
    static Condition of(EntityFilter filter, String path) {
        return filter == null ? Condition.TRUE : filter.toCondition(path);
    }
}

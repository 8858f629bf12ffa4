package vn.cchc.domain.shared;

import java.util.Map;

/**
 * The same page of one list for each of several parents (the first 10 documents of each of 20 units), read
 * together, with each parent's total: what a nested list under a list needs, in a fixed number of statements.
 */
public record ParentSlices<T>(Map<Long, Slice<T>> slices, Map<Long, Long> totals, PageRequest page) {

    public ParentSlices {
        slices = Map.copyOf(slices);
        totals = Map.copyOf(totals);
    }

    /** The page of this parent; empty when it has no children. */
    public Slice<T> of(long parentId) {
        return slices.getOrDefault(parentId, new Slice<>(java.util.List.of(), page.offset(), false));
    }

    /** How many children this parent has in all. */
    public long total(long parentId) {
        return totals.getOrDefault(parentId, 0L);
    }
}

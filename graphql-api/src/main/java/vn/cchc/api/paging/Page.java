package vn.cchc.api.paging;

import vn.cchc.domain.shared.Slice;

/** A slice of a list and the key of that list, which its cursors carry. */
public record Page<N>(Slice<N> slice, String listKey) {
}

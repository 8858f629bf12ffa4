package vn.cchc.domain.shared;

import java.util.List;
import java.util.function.Function;

/** One page of an ordered list and whether more rows follow it. */
public record Slice<T>(List<T> items, int offset, boolean hasNext) {

    public Slice {
        items = List.copyOf(items);
    }

    /** Builds a slice from a query that read one row more than asked, to learn whether more follow. */
    public static <T> Slice<T> fromOverfetch(List<T> rows, PageRequest page) {
        boolean more = rows.size() > page.limit();
        return new Slice<>(more ? rows.subList(0, page.limit()) : rows, page.offset(), more);
    }

    public <R> Slice<R> map(Function<? super T, ? extends R> mapper) {
        return new Slice<>(items.stream().<R>map(mapper).toList(), offset, hasNext);
    }
}

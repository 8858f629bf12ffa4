package vn.cchc.api.paging;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import vn.cchc.api.error.Arguments;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.Slice;

/** Turns the {@code first} and {@code after} arguments of every list into a page request. */
public final class Paging {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 100;

    private Paging() {
    }

    public static PageRequest of(Integer first, String after) {
        return new PageRequest(Cursor.position(after) + 1, size(first));
    }

    /**
     * The page size a {@code first} argument asks for, the default when it is absent. Also checked before a query
     * runs, so that a page too large is rejected before any list is read.
     */
    public static int size(Integer first) {
        int size = first == null ? DEFAULT_PAGE_SIZE : first;
        if (size < 0 || size > MAX_PAGE_SIZE) {
            throw Arguments.invalid("first", "must be between 0 and " + MAX_PAGE_SIZE + ", got " + size);
        }
        return size;
    }

    /**
     * Reads one page of a list: the criteria go to the repository's find (for the page) and count (only if the
     * client asks for totalCount), each entity becomes its view, and the views make the connection.
     */
    public static <C, E, V, K extends Connection<V>> K list(C criteria, Integer first, String after,
                                                            BiFunction<C, PageRequest, Slice<E>> find,
                                                            ToLongFunction<C> count,
                                                            Function<E, V> view,
                                                            BiFunction<Slice<V>, LongSupplier, K> connection) {
        PageRequest page = of(first, after);
        Slice<V> views = find.apply(criteria, page).map(view);
        Batches.register(views.items());
        return connection.apply(views, () -> count.applyAsLong(criteria));
    }
}

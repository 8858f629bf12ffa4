package vn.cchc.api.paging;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import vn.cchc.api.error.Arguments;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.Slice;

/** Turns the {@code first} and {@code after} arguments of every list into a page request. */
public final class Paging {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 100;

    // The descriptions of the paging arguments, one for every list: the paging is one model, and written here, next to
    // the bounds and the cursor check, the schema cannot state another page size than the one size() enforces.

    /** The description of the {@code first} argument of every list. */
    public static final String FIRST = "The page size (số mục mỗi trang): how many items to return, 0 to " + MAX_PAGE_SIZE
            + "; default " + DEFAULT_PAGE_SIZE + ". Others are refused with " + Arguments.BAD_ARGUMENT + ".";

    /** The description of the {@code after} argument of every list. */
    public static final String AFTER = "Read on after this cursor (con trỏ), an opaque value: an edge's cursor or "
            + "pageInfo.endCursor of this list under the same filter and order, else refused with " + Cursor.INVALID_CURSOR + "; "
            + "default: the first page.";

    private Paging() {
    }

    /** The page of the list with this key that {@code first} and {@code after} ask for. */
    static PageRequest of(Integer first, String after, String listKey) {
        return new PageRequest(Cursor.position(listKey, after) + 1, size(first));
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
     * Reads one page of a list: the criteria go to the repository's find (for the page) and their condition to its
     * count (only if the client asks for totalCount), each entity becomes its view, and the views make the connection.
     */
    public static <E, V, K extends Connection<V>> K list(Criteria criteria, Integer first, String after,
                                                         BiFunction<Criteria, PageRequest, Slice<E>> find,
                                                         ToLongFunction<Condition> count,
                                                         Function<E, V> view,
                                                         BiFunction<Page<V>, LongSupplier, K> connection) {
        String listKey = Cursor.listKey(criteria.toString());
        PageRequest page = of(first, after, listKey);
        Slice<V> views = find.apply(criteria, page).map(view);
        Batches.register(views.items());
        return connection.apply(new Page<>(views, listKey), () -> count.applyAsLong(criteria.condition()));
    }
}

package vn.cchc.api.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import vn.cchc.domain.shared.Slice;

/**
 * What every list of the API shares: a page of nodes, their cursors, the page info and a total that is
 * counted only when a client asks for it. Each list type extends this with its own {@code nodes} and
 * {@code edges} so that the schema names the node type (the GraphQL engine here has no generic types): the
 * {@code <T>Connection} classes are generated at build time from the {@code @ListOf} on each view (api-processor).
 */
public abstract class Connection<N> {

    private final Slice<N> slice;
    private final String listKey;
    private final LongSupplier total;

    protected Connection(Page<N> page, LongSupplier total) {
        this.slice = page.slice();
        this.listKey = page.listKey();
        this.total = total;
    }

    protected List<N> nodeList() {
        return slice.items();
    }

    protected <E> List<E> edgeList(BiFunction<String, N, E> edge) {
        List<E> edges = new ArrayList<>(slice.items().size());
        for (int i = 0; i < slice.items().size(); i++) {
            edges.add(edge.apply(Cursor.at(listKey, slice.offset() + i), slice.items().get(i)));
        }
        return edges;
    }

    @NonNull
    @Description("Where this page sits in the list.")
    public PageInfo getPageInfo() {
        boolean empty = slice.items().isEmpty();
        return new PageInfo(slice.hasNext(), slice.offset() > 0,
                empty ? null : Cursor.at(listKey, slice.offset()),
                empty ? null : Cursor.at(listKey, slice.offset() + slice.items().size() - 1));
    }

    @NonNull
    @Description("How many items the whole list has (tổng số), whatever the page size; counted only when asked for.")
    public int getTotalCount() {
        return Math.toIntExact(total.getAsLong());
    }
}

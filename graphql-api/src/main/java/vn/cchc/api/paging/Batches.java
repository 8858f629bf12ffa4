package vn.cchc.api.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;

/**
 * Loads a list nested under a list once for all the parents of the page, not once per parent. The engine here
 * resolves nested fields parent by parent and cannot batch (SmallRye GraphQL 1.0.26), so each request keeps, on
 * its thread, which nodes came in the same page; the first parent whose nested list is asked for loads the lists
 * of all its siblings, and the others find theirs already loaded.
 */
public final class Batches {

    private static final ThreadLocal<Batches> CURRENT = new ThreadLocal<>();

    private final Map<Object, List<?>> siblingsOf = new IdentityHashMap<>();
    private final Map<Key, Loaded<?>> loaded = new HashMap<>();

    private record Key(List<?> siblings, String relation, Criteria criteria, PageRequest page) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.siblings == siblings && k.relation.equals(relation)
                    && Objects.equals(k.criteria, criteria) && k.page.equals(page);
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(siblings), relation, criteria, page);
        }
    }

    private Batches() {
    }

    /** Starts the batches of one request on this thread. */
    public static void open() {
        CURRENT.set(new Batches());
    }

    /** Ends them; the views of the request are let go. */
    public static void close() {
        CURRENT.remove();
    }

    /** Records that these nodes came together, so that their nested lists can be loaded together. */
    public static void register(List<?> nodes) {
        Batches batches = CURRENT.get();
        if (batches != null) {
            List<?> group = List.copyOf(nodes);
            group.forEach(node -> batches.siblingsOf.put(node, group));
        }
    }

    /**
     * The page of a nested list of {@code parent}: loaded with those of its siblings, for the same relation,
     * criteria and page, in the statements of one {@code load}.
     *
     * @param relation names the nested list ("Unit.documents"), so that two lists of one parent never mix
     * @param criteria which children, in which order; part of the batch's identity and of the cursors' list key
     */
    public static <P, E, V, K extends Connection<V>> K nested(P parent, String relation, Criteria criteria, Integer first,
                                                              String after, ToLongFunction<P> idOf,
                                                              Loader<E> load, Function<E, V> view,
                                                              BiFunction<Page<V>, LongSupplier, K> connection) {
        String listKey = Cursor.listKey(relation + " " + criteria);
        PageRequest page = Paging.of(first, after, listKey);
        Batches batches = CURRENT.get();
        @SuppressWarnings("unchecked")
        List<P> siblings = batches == null ? List.of(parent)
                : (List<P>) batches.siblingsOf.getOrDefault(parent, List.of(parent));
        Key key = new Key(siblings, relation, criteria, page);
        @SuppressWarnings("unchecked")
        Loaded<V> loaded = batches == null ? null : (Loaded<V>) batches.loaded.get(key);
        if (loaded == null) {
            List<Long> ids = new ArrayList<>(siblings.size());
            siblings.forEach(s -> ids.add(idOf.applyAsLong(s)));
            loaded = Loaded.of(load.load(ids, criteria, page), ids, view);
            if (batches != null) {
                batches.loaded.put(key, loaded);
                // the children of all these parents came together: their own nested lists load together too
                register(loaded.all());
            }
        }
        long parentId = idOf.applyAsLong(parent);
        Loaded<V> all = loaded;
        return connection.apply(new Page<>(all.slices().get(parentId), listKey), () -> all.totals().total(parentId));
    }

    /** The views of a nested list for every parent of a batch, made once. */
    private record Loaded<V>(Map<Long, Slice<V>> slices, ParentSlices<?> totals, List<V> all) {

        static <E, V> Loaded<V> of(ParentSlices<E> slices, List<Long> parentIds, Function<E, V> view) {
            Map<Long, Slice<V>> views = new HashMap<>();
            List<V> all = new ArrayList<>();
            for (Long id : parentIds) {
                Slice<V> mapped = slices.of(id).map(view);
                views.put(id, mapped);
                all.addAll(mapped.items());
            }
            return new Loaded<>(views, slices, all);
        }
    }

    /** Reads one page of a nested list for each of several parents, in a fixed number of statements. */
    @FunctionalInterface
    public interface Loader<E> {
        ParentSlices<E> load(Collection<Long> parentIds, Criteria criteria, PageRequest page);
    }
}

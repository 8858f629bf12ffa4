package vn.cchc.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;

/**
 * The one way repositories list and count: a {@link Criteria}'s condition, {@link Where translated}, serves the page
 * query and the count query; its order (or the list's default order) ends with the id, so that pages are stable; and
 * a page reads one row more than asked to learn whether another page follows.
 */
final class Listing<T> {

    /** The ORDER BY of a listing when the criteria give none. */
    @FunctionalInterface
    interface Ordering<T> {
        List<Order> orderBy(CriteriaBuilder cb, Root<T> root);
    }

    private static final String ALIAS = "e";

    private final EntityManager em;
    private final Model<T> model;
    private final Ordering<T> defaultOrder;
    private final List<String> batched;
    private final boolean readOnly;

    /**
     * @param defaultOrder the list's order when the criteria give none; it must end with a unique key
     * @param batched      relationships, as attribute paths from the listed entity ("issuer", "allSections.items"), that
     *                     the API navigates for every row: each is read for the whole page in one more statement (IN
     *                     batch fetching) when first touched, instead of one statement per row
     */
    Listing(EntityManager em, Model<T> model, Ordering<T> defaultOrder, List<String> batched) {
        this(em, model, defaultOrder, batched, false);
    }

    private Listing(EntityManager em, Model<T> model, Ordering<T> defaultOrder, List<String> batched, boolean readOnly) {
        this.em = em;
        this.model = model;
        this.defaultOrder = defaultOrder;
        this.batched = batched;
        this.readOnly = readOnly;
    }

    /**
     * The same listing for reading only: its entities are not managed, so nothing of them is compared or written when the
     * transaction ends. Needed where a batched relationship is a collection of embeddables: EclipseLink 4.0 builds such
     * a batch's elements with a descriptor it never initialised, and fails on comparing them at commit
     * (eclipse-ee4j/eclipselink#921; the persistence tests meet it).
     */
    Listing<T> readOnly() {
        return new Listing<>(em, model, defaultOrder, batched, true);
    }

    Slice<T> page(Criteria criteria, PageRequest page) {
        TypedQuery<T> query = select(criteria).setFirstResult(page.offset()).setMaxResults(page.limit() + 1);
        return Slice.fromOverfetch(query.getResultList(), page);
    }

    /** Every matching entity, in the criteria's order: for short lists only, such as the units statistics are given for. */
    List<T> all(Criteria criteria) {
        return select(criteria).getResultList();
    }

    private TypedQuery<T> select(Criteria criteria) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> q = cb.createQuery(model.type());
        Root<T> root = q.from(model.type());
        root.alias(ALIAS);
        Where where = new Where(cb);
        q.select(root).where(where.of(criteria.condition(), model, root, q)).orderBy(order(where, criteria, cb, root));
        return hinted(em.createQuery(q), "IN");
    }

    private TypedQuery<T> hinted(TypedQuery<T> query, String batchType) {
        if (readOnly) {
            query.setHint("eclipselink.read-only", true);
        }
        return batch(query, batched, batchType);
    }

    /**
     * The same page for each parent, in two statements whatever the number of parents or rows: the ids of all
     * matching children of these parents in list order (from which each parent's page and total follow), then the
     * entities of the pages. Without window functions in Derby, the first statement reads every child's id: cheap
     * for the lists nested under lists (documents, reports, observations of units), to be replaced by a top-N per
     * parent where a database offers one.
     *
     * @param parent the relation of the listed entity that holds the parent ("issuer")
     */
    ParentSlices<T> pagePerParent(Criteria criteria, Attribute parent, Collection<Long> parentIds, PageRequest page) {
        if (parentIds.isEmpty()) {
            return new ParentSlices<>(Map.of(), Map.of(), page);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> ids = cb.createTupleQuery();
        Root<T> root = ids.from(model.type());
        Where where = new Where(cb);
        Predicate matching = where.of(criteria.condition(), model, root, ids);
        List<Order> order = order(where, criteria, cb, root);
        // the order's or the condition's join to the parent when they have one: a second join to the parent table
        // made Derby plan 800 ms for the observations of 30 units (2,880 rows) instead of 30 ms
        String relation = model.relation(parent);
        Path<Long> parentId = root.getJoins().stream().filter(j -> j.getAttribute().getName().equals(relation))
                .findFirst().<Path<?>>map(j -> j).orElseGet(() -> root.get(relation)).get("id");
        ids.multiselect(parentId, root.get("id")).where(matching, parentId.in(parentIds)).orderBy(order);
        Map<Long, List<Long>> childIds = new LinkedHashMap<>();
        for (Tuple row : em.createQuery(ids).getResultList()) {
            childIds.computeIfAbsent(row.get(0, Long.class), k -> new ArrayList<>()).add(row.get(1, Long.class));
        }
        Map<Long, Long> totals = new HashMap<>();
        Map<Long, List<Long>> pageIds = new HashMap<>();
        childIds.forEach((p, children) -> {
            totals.put(p, (long) children.size());
            int from = Math.min(page.offset(), children.size());
            pageIds.put(p, children.subList(from, Math.min(children.size(), from + page.limit() + 1)));
        });
        Map<Long, T> entities = byId(pageIds.values().stream().flatMap(List::stream).toList());
        Map<Long, Slice<T>> slices = new HashMap<>();
        pageIds.forEach((p, idsOfPage) -> slices.put(p, Slice.fromOverfetch(idsOfPage.stream().map(entities::get).toList(), page)));
        return new ParentSlices<>(slices, totals, page);
    }

    private List<Order> order(Where where, Criteria criteria, CriteriaBuilder cb, Root<T> root) {
        return where.order(criteria.order(), model, root, defaultOrder.orderBy(cb, root));
    }

    private Map<Long, T> byId(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> q = cb.createQuery(model.type());
        Root<T> root = q.from(model.type());
        root.alias(ALIAS);
        q.select(root).where(root.get("id").in(ids));
        // the relationships too are read by joining this query's rows, not by an IN list of bound parameters: Derby
        // compared each report item with 700 section ids (three quarters of the deep query's time); a join reads too
        // much only for a page of a longer result, and this query has no paging
        TypedQuery<T> query = hinted(em.createQuery(q), "JOIN");
        // Derby compares each row with every parameter of an IN list in turn (130 ms for 600 observation ids), but
        // sorts a list of literals and searches it (3 ms); ids are numbers of our own, safe to write into the SQL
        query.setHint("eclipselink.jdbc.bind-parameters", "false");
        Map<Long, T> found = new HashMap<>();
        for (T entity : query.getResultList()) {
            found.put((Long) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity), entity);
        }
        return found;
    }

    long count(Condition condition) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<T> root = q.from(model.type());
        q.select(cb.count(root)).where(new Where(cb).of(condition, model, root, q));
        return em.createQuery(q).getSingleResult();
    }

    /** Asks EclipseLink to read these relationships of all the query's rows at once, on first access. */
    static <Q extends Query> Q batch(Q query, List<String> paths) {
        return batch(query, paths, "IN");
    }

    /**
     * @param type how the relationships' statements find the query's rows: "IN" their ids (right for a page: only its
     *             rows), "JOIN" the query's own condition again (no bound id lists, for queries without paging)
     */
    private static <Q extends Query> Q batch(Q query, List<String> paths, String type) {
        if (!paths.isEmpty()) {
            // before the paths: EclipseLink applies hints as they are set, each path with the type set by then
            query.setHint("eclipselink.batch.type", type);
            // a page of 100 reports has about 2,000 items: read them in 2 statements, not the default 8 of 256
            query.setHint("eclipselink.batch.size", 1000);
            paths.forEach(path -> query.setHint("eclipselink.batch", ALIAS + "." + path));
        }
        return query;
    }
}

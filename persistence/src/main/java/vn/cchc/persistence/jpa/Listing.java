package vn.cchc.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
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
import java.util.Optional;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.SearchText;
import vn.cchc.domain.unit.UnitScope;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;

/**
 * The one way repositories list and count: the same predicates serve the page query and the count query,
 * and a page reads one row more than asked to learn whether another page follows.
 */
final class Listing<T> {

    /** The WHERE clause of a listing, built from a criteria record. */
    @FunctionalInterface
    interface Filter<T> {
        List<Predicate> where(CriteriaBuilder cb, Root<T> root);
    }

    /** The ORDER BY of a listing; it must end with a unique key so that pages are stable. */
    @FunctionalInterface
    interface Ordering<T> {
        List<Order> orderBy(CriteriaBuilder cb, Root<T> root);
    }

    private static final String ALIAS = "e";

    private final EntityManager em;
    private final Class<T> type;
    private final List<String> batched;

    /**
     * @param batched relationships, as attribute paths from the listed entity ("issuer", "allSections.items"), that
     *                the API navigates for every row: each is read for the whole page in one more statement (IN
     *                batch fetching) when first touched, instead of one statement per row
     */
    Listing(EntityManager em, Class<T> type, List<String> batched) {
        this.em = em;
        this.type = type;
        this.batched = batched;
    }

    Slice<T> page(Filter<T> filter, Ordering<T> ordering, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> q = cb.createQuery(type);
        Root<T> root = q.from(type);
        root.alias(ALIAS);
        q.select(root).where(filter.where(cb, root).toArray(Predicate[]::new)).orderBy(ordering.orderBy(cb, root));
        TypedQuery<T> query = em.createQuery(q)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit() + 1);
        batch(query, batched);
        return Slice.fromOverfetch(query.getResultList(), page);
    }

    /**
     * The same page for each parent, in two statements whatever the number of parents or rows: the ids of all
     * matching children of these parents in list order (from which each parent's page and total follow), then the
     * entities of the pages. Without window functions in Derby, the first statement reads every child's id: cheap
     * for the lists nested under lists (documents, reports, observations of units), to be replaced by a top-N per
     * parent where a database offers one.
     *
     * @param parent the attribute of the listed entity that holds the parent ("unit", "issuer")
     */
    ParentSlices<T> pagePerParent(Filter<T> filter, Ordering<T> ordering, String parent, Collection<Long> parentIds,
                                  PageRequest page) {
        if (parentIds.isEmpty()) {
            return new ParentSlices<>(Map.of(), Map.of(), page);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> ids = cb.createTupleQuery();
        Root<T> root = ids.from(type);
        List<Order> order = ordering.orderBy(cb, root);
        List<Predicate> where = new ArrayList<>(filter.where(cb, root));
        // the ordering's join to the parent when it has one: a second join to the parent table made Derby plan
        // 800 ms for the observations of 30 units (2,880 rows) instead of 30 ms
        Path<Long> parentId = root.getJoins().stream().filter(j -> j.getAttribute().getName().equals(parent)).findFirst()
                .map(j -> (From<?, ?>) j).orElseGet(() -> root.join(parent)).get("id");
        where.add(parentId.in(parentIds));
        ids.multiselect(parentId, root.get("id")).where(where.toArray(Predicate[]::new)).orderBy(order);
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

    private Map<Long, T> byId(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> q = cb.createQuery(type);
        Root<T> root = q.from(type);
        root.alias(ALIAS);
        q.select(root).where(root.get("id").in(ids));
        TypedQuery<T> query = batch(em.createQuery(q), batched);
        // Derby compares each row with every parameter of an IN list in turn (130 ms for 600 observation ids), but
        // sorts a list of literals and searches it (3 ms); ids are numbers of our own, safe to write into the SQL
        query.setHint("eclipselink.jdbc.bind-parameters", "false");
        Map<Long, T> found = new HashMap<>();
        for (T entity : query.getResultList()) {
            found.put((Long) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity), entity);
        }
        return found;
    }

    long count(Filter<T> filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<T> root = q.from(type);
        q.select(cb.count(root)).where(filter.where(cb, root).toArray(Predicate[]::new));
        return em.createQuery(q).getSingleResult();
    }

    /** Asks EclipseLink to read these relationships of all the query's rows at once, on first access. */
    static <Q extends Query> Q batch(Q query, List<String> paths) {
        if (!paths.isEmpty()) {
            query.setHint("eclipselink.batch.type", "IN");
            // a page of 100 reports has about 2,000 items: read them in 2 statements, not the default 8 of 256
            query.setHint("eclipselink.batch.size", 1000);
            // each setHint adds one path: EclipseLink applies hints as they are set
            paths.forEach(path -> query.setHint("eclipselink.batch", ALIAS + "." + path));
        }
        return query;
    }

    /**
     * Conditions putting the unit reached by {@code unit} in the scope: in the subtree of its root (the root's path
     * is a prefix of the unit's; an unknown root matches nothing) and of its kind.
     */
    List<Predicate> inScope(CriteriaBuilder cb, Path<?> unit, UnitScope scope) {
        List<Predicate> where = new ArrayList<>();
        if (scope.withinCode() != null) {
            where.add(em.createQuery("SELECT u.path FROM Unit u WHERE u.code = :code", String.class)
                    .setParameter("code", scope.withinCode())
                    .getResultStream().findFirst()
                    .map(path -> cb.like(unit.get("path"), startsWith(path), LIKE_ESCAPE))
                    .orElseGet(cb::disjunction));
        }
        if (scope.kind() != null) {
            where.add(cb.equal(unit.get("kind"), scope.kind()));
        }
        return where;
    }

    /** Rows whose folded search text contains the folded words; no condition for blank words. */
    static Optional<Predicate> matching(CriteriaBuilder cb, Root<?> root, String search) {
        if (search == null || search.isBlank()) {
            return Optional.empty();
        }
        String words = SearchText.fold(search);
        return Optional.of(cb.like(root.get("searchText"), "%" + startsWith(words), LIKE_ESCAPE));
    }

    /** A LIKE pattern matching every text that starts with {@code prefix}, wildcards in it escaped. */
    static String startsWith(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static final char LIKE_ESCAPE = '\\';
}

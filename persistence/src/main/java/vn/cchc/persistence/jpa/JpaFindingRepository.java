package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.domain.finding.Finding;
import vn.cchc.domain.finding.FindingRepository;
import vn.cchc.domain.finding.Severity;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.Slice;

@ApplicationScoped
public class JpaFindingRepository implements FindingRepository {

    /** Most serious first (the enum's order is the severity's, its name is not), then newest, then id. */
    private static final Listing.Ordering<Finding> MOST_SERIOUS_FIRST = (cb, f) -> List.of(
            cb.asc(cb.selectCase().when(cb.equal(f.get("severity"), Severity.ERROR), 0)
                    .when(cb.equal(f.get("severity"), Severity.WARNING), 1).otherwise(2)),
            cb.desc(f.get("detectedAt")), cb.desc(f.get("id")));

    @PersistenceContext(unitName = "cchc")
    private EntityManager em;

    protected JpaFindingRepository() {
        // for CDI
    }

    public JpaFindingRepository(EntityManager em) {
        this.em = em;
    }

    /** Findings to read: a page's units, reports and evidence read for the whole page at once. */
    private Listing<Finding> listing() {
        return new Listing<>(em, Model.FINDING, MOST_SERIOUS_FIRST, List.of("unit", "report", "evidence")).readOnly();
    }

    @Override
    public Optional<Finding> find(long id) {
        Optional<Finding> found = Optional.ofNullable(em.find(Finding.class, id));
        found.ifPresent(f -> f.evidence().size()); // read before the transaction ends: the views read it after
        return found;
    }

    @Override
    public Slice<Finding> find(Criteria criteria, PageRequest page) {
        return listing().page(criteria, page);
    }

    @Override
    public long count(Condition condition) {
        return listing().count(condition);
    }

    @Override
    public List<Finding> all(Condition condition) {
        return new Listing<>(em, Model.FINDING, MOST_SERIOUS_FIRST, List.of()).all(Criteria.where(condition));
    }

    @Override
    public Map<Long, Map<Severity, Long>> countPerUnit(Condition condition) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<Finding> f = q.from(Finding.class);
        Path<Long> unit = f.get("unit").get("id");
        Path<Severity> severity = f.get("severity");
        q.multiselect(unit, severity, cb.count(f)).where(new Where(cb).of(condition, Model.FINDING, f, q)).groupBy(unit, severity);
        Map<Long, Map<Severity, Long>> counts = new HashMap<>();
        for (Tuple row : em.createQuery(q).getResultList()) {
            counts.computeIfAbsent(row.get(0, Long.class), k -> new EnumMap<>(Severity.class)).put(row.get(1, Severity.class),
                    row.get(2, Long.class));
        }
        return counts;
    }

    @Override
    public void add(Finding finding) {
        em.persist(finding);
    }

    @Override
    public void update(Finding finding) {
        // the version rises with the evidence alone too, which JPA would not count as a change of the finding's row
        em.lock(finding, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }
}

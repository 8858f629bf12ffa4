package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.indicator.ObservationAttribute;
import vn.cchc.domain.indicator.ObservationRepository;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;

/**
 * Reads, too, run in a transaction: EclipseLink batch-reads the relationships named in the listings (one statement
 * per relationship for a whole page) only for objects read inside one; outside, every row loads them on its own.
 */
@ApplicationScoped
@Transactional
public class JpaObservationRepository implements ObservationRepository {

    private static final Listing.Ordering<Observation> ORDER = (cb, o) -> List.of(
            cb.asc(o.get("period").get("year")),
            cb.asc(o.get("period").get("type")),
            cb.asc(o.get("period").get("number")),
            cb.asc(o.join("indicator").get("code")),
            cb.asc(o.join("unit").get("code")),
            cb.asc(o.get("breakdownKey")),
            cb.asc(o.get("id")));

    @PersistenceContext(unitName = "cchc")
    private EntityManager em;

    protected JpaObservationRepository() {
        // for CDI
    }

    public JpaObservationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Slice<Observation> find(Criteria criteria, PageRequest page) {
        return listing().page(criteria, page);
    }

    @Override
    public ParentSlices<Observation> findPerParent(ObservationAttribute parent, Collection<Long> parentIds, Criteria criteria,
                                                   PageRequest page) {
        return listing().pagePerParent(criteria, parent, parentIds, page);
    }

    @Override
    public long count(Condition condition) {
        return listing().count(condition);
    }

    @Override
    public void add(Observation observation) {
        em.persist(observation);
    }

    /**
     * Read to be looked at, not changed: the observations are detached, so that a flush later in the transaction
     * never compares them (EclipseLink, woven in the server, fails comparing a loaded breakdown collection).
     */
    @Override
    public List<Observation> findOfReport(Report report) {
        return findOfReports(List.of(report)).getOrDefault(report.id(), List.of());
    }

    @Override
    public Map<Long, List<Observation>> findOfReports(Collection<Report> reports) {
        if (reports.isEmpty()) {
            return Map.of();
        }
        List<Observation> found = Listing.batch(em.createQuery("SELECT e FROM Observation e WHERE e.report IN :reports"
                        + " ORDER BY e.report.id, e.indicator.code, e.unit.code, e.breakdownKey, e.id", Observation.class)
                .setParameter("reports", reports), List.of("indicator", "unit")).getResultList();
        // read each relationship before they are detached, the indicators and units of all in one statement each; not the
        // breakdowns: a batch of embeddables fails EclipseLink's compare at commit (see Listing.readOnly)
        found.forEach(o -> {
            o.indicator().code();
            o.unit().code();
            o.breakdown().size();
        });
        found.forEach(em::detach);
        return found.stream().collect(Collectors.groupingBy(o -> o.report().orElseThrow().id(), LinkedHashMap::new, Collectors.toList()));
    }

    @Override
    public void removeOfReport(Report report) {
        report.requireEditable();
        ofReport(report).forEach(em::remove);
    }

    private List<Observation> ofReport(Report report) {
        return em.createQuery("SELECT o FROM Observation o WHERE o.report = :report"
                        + " ORDER BY o.indicator.code, o.unit.code, o.breakdownKey, o.id", Observation.class)
                .setParameter("report", report).getResultList();
    }

    private Listing<Observation> listing() {
        return new Listing<>(em, Model.OBSERVATION, ORDER, List.of("indicator", "unit", "report", "breakdown"));
    }
}

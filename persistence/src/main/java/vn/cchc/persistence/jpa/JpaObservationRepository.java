package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
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
        List<Observation> found = ofReport(report);
        found.forEach(em::detach);
        return found;
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

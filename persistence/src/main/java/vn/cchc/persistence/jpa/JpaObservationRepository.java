package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.indicator.ObservationCriteria;
import vn.cchc.domain.indicator.ObservationRepository;
import vn.cchc.domain.period.PeriodType;
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
    public Slice<Observation> find(ObservationCriteria criteria, PageRequest page) {
        return listing().page(filter(criteria), ORDER, page);
    }

    @Override
    public ParentSlices<Observation> findPerUnit(Collection<Long> unitIds, ObservationCriteria criteria, PageRequest page) {
        return listing().pagePerParent(filter(criteria), ORDER, "unit", unitIds, page);
    }

    @Override
    public ParentSlices<Observation> findPerIndicator(Collection<Long> indicatorIds, ObservationCriteria criteria,
                                                      PageRequest page) {
        return listing().pagePerParent(filter(criteria), ORDER, "indicator", indicatorIds, page);
    }

    @Override
    public ParentSlices<Observation> findPerReport(Collection<Long> reportIds, ObservationCriteria criteria, PageRequest page) {
        return listing().pagePerParent(filter(criteria), ORDER, "report", reportIds, page);
    }

    @Override
    public long count(ObservationCriteria criteria) {
        return listing().count(filter(criteria));
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
        return new Listing<>(em, Observation.class, List.of("indicator", "unit", "report", "breakdown"));
    }

    private Listing.Filter<Observation> filter(ObservationCriteria c) {
        return (cb, o) -> {
            List<Predicate> where = new ArrayList<>();
            if (c.unitCode() != null) {
                where.add(cb.equal(o.join("unit").get("code"), c.unitCode()));
            }
            if (c.indicatorCode() != null) {
                where.add(cb.equal(o.join("indicator").get("code"), c.indicatorCode()));
            }
            if (c.year() != null) {
                where.add(cb.equal(o.get("period").get("year"), c.year()));
            }
            if (c.quarter() != null) {
                where.add(cb.equal(o.get("period").get("type"), PeriodType.QUARTER));
                where.add(cb.equal(o.get("period").get("number"), c.quarter()));
            }
            if (c.source() != null) {
                where.add(cb.equal(o.get("source"), c.source()));
            }
            if (c.reportId() != null) {
                where.add(cb.equal(o.join("report").get("id"), c.reportId()));
            }
            if (c.totalOnly() != null) {
                where.add(c.totalOnly() ? cb.equal(o.get("breakdownKey"), "") : cb.notEqual(o.get("breakdownKey"), ""));
            }
            if (!c.units().isAny()) {
                where.addAll(listing().inScope(cb, o.join("unit"), c.units()));
            }
            if (!c.visibility().everything()) {
                // a reported figure is read with its report; a computed one only where the visibility allows
                Join<Observation, Report> report = o.join("report", JoinType.LEFT);
                Predicate ofVisibleReport = JpaReportRepository.visible(cb, report, c.visibility()).orElseGet(cb::conjunction);
                where.add(c.visibility().computedFigures()
                        ? cb.or(cb.isNull(report.get("id")), ofVisibleReport)
                        : cb.and(cb.isNotNull(report.get("id")), ofVisibleReport));
            }
            return where;
        };
    }
}

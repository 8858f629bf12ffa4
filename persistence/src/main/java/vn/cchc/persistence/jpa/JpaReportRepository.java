package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.report.ReportAttribute;
import vn.cchc.domain.report.ReportRepository;
import vn.cchc.domain.report.ReportStatus;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;

import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;
import vn.cchc.domain.unit.Unit;

/**
 * Reads, too, run in a transaction: EclipseLink batch-reads the relationships named in the listings (one statement
 * per relationship for a whole page) only for objects read inside one; outside, every row loads them on its own.
 */
@ApplicationScoped
@Transactional
public class JpaReportRepository implements ReportRepository {

    /** Everything a rendered report shows, each level read for all the page's reports in one statement. */
    private static final List<String> REPORT_PARTS = List.of("unit", "recipients", "allSections", "allSections.documents",
            "allSections.subsections", "allSections.items", "allSections.items.documents", "allSections.items.observations",
            // the plans a report cites, with their tasks
            "allSections.documents.tasks", "allSections.items.documents.tasks");

    private static final Listing.Ordering<Report> NEWEST_FIRST = (cb, r) -> List.of(
            cb.desc(r.get("period").get("year")),
            cb.asc(r.get("period").get("type")),
            cb.desc(r.get("period").get("number")),
            cb.asc(r.join("unit").get("code")),
            cb.asc(r.get("id")));

    @PersistenceContext(unitName = "cchc")
    private EntityManager em;

    protected JpaReportRepository() {
        // for CDI
    }

    public JpaReportRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Report> findById(long id) {
        return Listing.batch(em.createQuery("SELECT e FROM Report e WHERE e.id = :id", Report.class), REPORT_PARTS)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Report> findForChange(long id) {
        return Optional.ofNullable(em.find(Report.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Slice<Report> find(Criteria criteria, PageRequest page) {
        return listing().page(criteria, page);
    }

    @Override
    public ParentSlices<Report> findOfUnits(Collection<Long> unitIds, Criteria criteria, PageRequest page) {
        return listing().pagePerParent(criteria, ReportAttribute.UNIT, unitIds, page);
    }

    @Override
    public List<Report> findCurrent(Unit unit, Period period) {
        return em.createQuery("SELECT r FROM Report r WHERE r.unit = :unit AND r.period = :period AND r.status <> :superseded",
                        Report.class)
                .setParameter("unit", unit).setParameter("period", period).setParameter("superseded", ReportStatus.SUPERSEDED)
                .getResultList();
    }

    @Override
    public Optional<Report> findRevisionOf(Report report) {
        return em.createQuery("SELECT r FROM Report r WHERE r.revises = :report", Report.class)
                .setParameter("report", report).getResultStream().findFirst();
    }

    @Override
    public void update(Report report) {
        em.flush();
    }

    @Override
    public long count(Condition condition) {
        return listing().count(condition);
    }

    @Override
    public void add(Report report) {
        em.persist(report);
    }

    private Listing<Report> listing() {
        return new Listing<>(em, Model.REPORT, NEWEST_FIRST, REPORT_PARTS);
    }
}

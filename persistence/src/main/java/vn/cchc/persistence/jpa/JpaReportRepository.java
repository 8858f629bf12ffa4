package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.PeriodType;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.report.ReportCriteria;
import vn.cchc.domain.report.ReportRepository;
import vn.cchc.domain.report.ReportStatus;
import vn.cchc.domain.report.ReportVisibility;
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
            "allSections.subsections", "allSections.items", "allSections.items.documents", "allSections.items.observations");

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
    public Slice<Report> find(ReportCriteria criteria, PageRequest page) {
        return listing().page(filter(criteria), NEWEST_FIRST, page);
    }

    @Override
    public ParentSlices<Report> findOfUnits(Collection<Long> unitIds, ReportVisibility visibility, PageRequest page) {
        return listing().pagePerParent(filter(ReportCriteria.any().visibleTo(visibility)), NEWEST_FIRST, "unit", unitIds, page);
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
    public long count(ReportCriteria criteria) {
        return listing().count(filter(criteria));
    }

    @Override
    public void add(Report report) {
        em.persist(report);
    }

    private Listing<Report> listing() {
        return new Listing<>(em, Report.class, REPORT_PARTS);
    }

    /** The condition that keeps a listing to the reports the visibility allows; none when it allows all. */
    static Optional<Predicate> visible(CriteriaBuilder cb, Path<Report> r, ReportVisibility visibility) {
        if (visibility.everything()) {
            return Optional.empty();
        }
        List<Predicate> any = new ArrayList<>();
        if (!visibility.published().isEmpty()) {
            any.add(r.get("status").in(visibility.published()));
        }
        if (visibility.ownSubtree() != null) {
            any.add(cb.like(r.get("unit").get("path"), Listing.startsWith(visibility.ownSubtree()), Listing.LIKE_ESCAPE));
        }
        return Optional.of(cb.or(any.toArray(Predicate[]::new)));
    }

    private static Listing.Filter<Report> filter(ReportCriteria c) {
        return (cb, r) -> {
            List<Predicate> where = new ArrayList<>();
            if (c.unitCode() != null) {
                where.add(cb.equal(r.join("unit").get("code"), c.unitCode()));
            }
            if (c.year() != null) {
                where.add(cb.equal(r.get("period").get("year"), c.year()));
            }
            if (c.quarter() != null) {
                where.add(cb.equal(r.get("period").get("type"), PeriodType.QUARTER));
                where.add(cb.equal(r.get("period").get("number"), c.quarter()));
            }
            if (c.status() != null) {
                where.add(cb.equal(r.get("status"), c.status()));
            }
            Listing.matching(cb, r, c.search()).ifPresent(where::add);
            visible(cb, r, c.visibility()).ifPresent(where::add);
            return where;
        };
    }
}

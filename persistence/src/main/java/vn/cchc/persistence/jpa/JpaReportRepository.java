package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.period.PeriodType;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.report.ReportCriteria;
import vn.cchc.domain.report.ReportRepository;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.Slice;

@ApplicationScoped
public class JpaReportRepository implements ReportRepository {

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
        return Optional.ofNullable(em.find(Report.class, id));
    }

    @Override
    public Slice<Report> find(ReportCriteria criteria, PageRequest page) {
        return listing().page(filter(criteria), (cb, r) -> List.of(
                cb.desc(r.get("period").get("year")),
                cb.asc(r.get("period").get("type")),
                cb.desc(r.get("period").get("number")),
                cb.asc(r.join("unit").get("code")),
                cb.asc(r.get("id"))), page);
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
        return new Listing<>(em, Report.class);
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
            return where;
        };
    }
}

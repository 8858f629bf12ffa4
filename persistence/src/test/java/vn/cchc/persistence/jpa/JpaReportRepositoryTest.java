package vn.cchc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.indicator.Breakdown;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.indicator.IndicatorAttribute;
import vn.cchc.domain.indicator.ObservationAttribute;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.indicator.StandardIndicators;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.report.ReportStatus;
import vn.cchc.domain.report.ReportVisibility;
import vn.cchc.domain.report.Signer;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;

/**
 * The write side of reports on a real Derby: versions that rise with a report's parts, a stale version refused at
 * flush, figures replaced, corrections found, and the visibility every listing applies.
 */
class JpaReportRepositoryTest {

    private static final Period Q2 = Period.quarter(2022, 2);
    private static DerbyDatabase db;
    private static long draftId;
    private static long submittedId;

    @BeforeAll
    static void store() {
        db = new DerbyDatabase();
        db.inTransaction(em -> {
            Unit committee = new Unit("P-UB", "UBND tỉnh P", null, UnitKind.PEOPLES_COMMITTEE, null, null);
            Unit own = new Unit("P-S1", "Sở một", null, UnitKind.DEPARTMENT, committee, null);
            Unit other = new Unit("P-S2", "Sở hai", null, UnitKind.DEPARTMENT, committee, null);
            List.of(committee, own, other).forEach(em::persist);
            StandardIndicators.all().forEach(em::persist);
            Report draft = new Report(own, Q2, "Báo cáo dự thảo");
            Report submitted = new Report(other, Q2, "Báo cáo đã gửi");
            em.persist(draft);
            em.persist(submitted);
            Indicator received = indicator(em, StandardIndicators.DOSSIERS_RECEIVED);
            em.persist(Observation.reported(draft, received, own, ObservedValue.count(5), Breakdown.of("FIELD", "F1", "một")));
            em.persist(Observation.reported(submitted, received, other, ObservedValue.count(7), Breakdown.total()));
            submitted.signedBy(new Signer("Nguyễn Văn A", "Giám đốc"));
            submitted.submit(null);
            em.persist(Observation.computed(received, other, Q2, ObservedValue.count(9), Breakdown.total()));
            em.flush();
            draftId = draft.id();
            submittedId = submitted.id();
            return null;
        });
    }

    private static Indicator indicator(EntityManager em, String code) {
        return new JpaIndicatorRepository(em).findByCode(code).orElseThrow();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void shouldRaiseTheVersionWhenOnlyTheFiguresChangeAndReplaceThem() {
        long before = db.inTransaction(em -> new JpaReportRepository(em).findById(draftId).orElseThrow().version());
        long after = db.inTransaction(em -> {
            JpaReportRepository reports = new JpaReportRepository(em);
            JpaObservationRepository observations = new JpaObservationRepository(em);
            Report draft = reports.findById(draftId).orElseThrow();
            assertThat(observations.findOfReport(draft)).hasSize(1);
            draft.forgetStatedObservations();
            observations.removeOfReport(draft);
            observations.add(Observation.reported(draft, indicator(em, StandardIndicators.DOSSIERS_RECEIVED), draft.unit(),
                    ObservedValue.count(6), Breakdown.of("FIELD", "F2", "hai")));
            draft.markChanged(java.time.Instant.now());
            reports.update(draft);
            return draft.version();
        });
        assertThat(after).isEqualTo(before + 1);
        List<String> members = db.inTransaction(em -> new JpaObservationRepository(em).findOfReport(
                new JpaReportRepository(em).findById(draftId).orElseThrow()).stream().map(o -> o.breakdown().get(0).member()).toList());
        assertThat(members).containsExactly("F2");
    }

    @Test
    void shouldRefuseAChangeMadeFromAStaleCopy() {
        Report stale = db.inTransaction(em -> new JpaReportRepository(em).findById(submittedId).orElseThrow());
        db.inTransaction(em -> {
            JpaReportRepository reports = new JpaReportRepository(em);
            Report current = reports.findById(submittedId).orElseThrow();
            current.markChanged(java.time.Instant.now());
            reports.update(current);
            return null;
        });
        stale.markChanged(java.time.Instant.now());
        Throwable lost = catchThrowable(() -> db.inTransaction(em -> {
            new JpaReportRepository(em).update(em.merge(stale));
            return null;
        }));
        assertThat(lost).hasRootCauseInstanceOf(org.eclipse.persistence.exceptions.OptimisticLockException.class)
                .satisfiesAnyOf(e -> assertThat(e).isInstanceOf(OptimisticLockException.class),
                        e -> assertThat(e).hasCauseInstanceOf(OptimisticLockException.class));
    }

    @Test
    void shouldListOnlyWhatTheVisibilityAllows() {
        ReportVisibility publicOnly = new ReportVisibility(false, EnumSet.of(ReportStatus.APPROVED), null, false);
        ReportVisibility reporterOfS1 = new ReportVisibility(false, EnumSet.of(ReportStatus.SUBMITTED), "P-S1", true);
        assertThat(titles(ReportVisibility.ALL)).containsExactlyInAnyOrder("Báo cáo dự thảo", "Báo cáo đã gửi");
        assertThat(titles(publicOnly)).isEmpty();
        assertThat(titles(reporterOfS1)).containsExactlyInAnyOrder("Báo cáo dự thảo", "Báo cáo đã gửi");
        assertThat(titles(new ReportVisibility(false, EnumSet.of(ReportStatus.SUBMITTED), null, true))).containsExactly("Báo cáo đã gửi");
        assertThat(figures(ReportVisibility.ALL)).hasSize(3);
        assertThat(figures(publicOnly)).isEmpty();
        assertThat(figures(new ReportVisibility(false, EnumSet.of(ReportStatus.SUBMITTED), null, true))).containsExactlyInAnyOrder(7.0, 9.0);
        assertThat(figures(new ReportVisibility(false, EnumSet.of(ReportStatus.SUBMITTED), null, false))).containsExactly(7.0);
    }

    @Test
    void shouldFindTheCurrentReportOfAUnitAndPeriod() {
        db.inTransaction(em -> {
            JpaReportRepository reports = new JpaReportRepository(em);
            Report submitted = reports.findForChange(submittedId).orElseThrow();
            assertThat(reports.findCurrent(submitted.unit(), Q2)).containsExactly(submitted);
            assertThat(reports.findCurrent(submitted.unit(), Q2.next())).isEmpty();
            assertThat(reports.findRevisionOf(submitted)).isEmpty();
            return null;
        });
    }

    private static List<String> titles(ReportVisibility visibility) {
        return db.inTransaction(em -> new JpaReportRepository(em).find(Criteria.where(visibility.reports()),
                new PageRequest(0, 10)).items().stream().map(Report::title).toList());
    }

    private static List<Double> figures(ReportVisibility visibility) {
        return db.inTransaction(em -> new JpaObservationRepository(em).find(Criteria.where(Condition.and(
                        Condition.related(ObservationAttribute.INDICATOR, Condition.eq(IndicatorAttribute.CODE, StandardIndicators.DOSSIERS_RECEIVED)),
                        Condition.eq(ObservationAttribute.PERIOD_YEAR, 2022), Condition.eq(ObservationAttribute.PERIOD_NUMBER, 2),
                        visibility.observations())),
                new PageRequest(0, 10)).items().stream().map(o -> o.value().value()).toList());
    }
}

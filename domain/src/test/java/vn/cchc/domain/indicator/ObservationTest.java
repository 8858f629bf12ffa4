package vn.cchc.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import org.junit.jupiter.api.Test;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;

class ObservationTest {

    private final Unit department = new Unit("NA-SKHCN", "Sở Khoa học và Công nghệ", null, UnitKind.DEPARTMENT, null, null);
    private final Unit centre = new Unit("NA-SKHCN-TT", "Trung tâm", null, UnitKind.PUBLIC_SERVICE_UNIT, department, null);
    private final Report report = new Report(department, Period.quarter(2022, 1), "Báo cáo CCHC quý I năm 2022");
    private final Indicator publicised = new Indicator("PROCEDURES_PUBLICISED", "Thủ tục được công khai",
            "Procedures publicised", Measure.RATIO, ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM, "thủ tục", true);
    private final Indicator received = new Indicator("DOSSIERS_RECEIVED", "Số hồ sơ tiếp nhận", "Dossiers received",
            Measure.COUNT, ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM, "hồ sơ", null);

    @Test
    void shouldTakeTheReportsPeriod() {
        Observation o = Observation.reported(report, publicised, department, ObservedValue.ratio(Ratio.of(28, 28)),
                Breakdown.total());

        assertThat(o.period()).isEqualTo(Period.quarter(2022, 1));
        assertThat(o.source()).isEqualTo(ObservationSource.REPORTED);
        assertThat(o.report()).containsSame(report);
        assertThat(o.indicator()).isSameAs(publicised);
        assertThat(o.unit()).isSameAs(department);
        assertThat(o.value().ratio()).contains(Ratio.of(28, 28));
        assertThat(o.isTotal()).isTrue();
        assertThat(o.breakdown()).isEmpty();
        assertThat(o).hasToString("PROCEDURES_PUBLICISED@NA-SKHCN 2022-Q1 [] = 28/28");
    }

    @Test
    void shouldAllowAnotherUnitThanTheReports() {
        Observation o = Observation.reported(report, received, centre, ObservedValue.count(3), Breakdown.total());

        assertThat(o.unit()).isSameAs(centre);
    }

    @Test
    void shouldKeepBreakdown() {
        Breakdown slice = Breakdown.of("FIELD", "NLNT", "Năng lượng nguyên tử").and("DOSSIER_KIND", "NEW", "Cấp mới");

        Observation o = Observation.reported(report, received, department, ObservedValue.count(5), slice);

        assertThat(o.isTotal()).isFalse();
        assertThat(o.breakdown()).extracting(BreakdownMember::dimension).containsExactly("FIELD", "DOSSIER_KIND");
        assertThat(o).hasToString("DOSSIERS_RECEIVED@NA-SKHCN 2022-Q1 [DOSSIER_KIND=NEW;FIELD=NLNT] = 5.0");
    }

    @Test
    void shouldRejectValueOfAnotherMeasure() {
        assertRejected(() -> Observation.reported(report, publicised, department, ObservedValue.count(28), Breakdown.total()),
                "INVALID_OBSERVATION");
        assertRejected(() -> Observation.reported(report, publicised, department, ObservedValue.percent(100),
                Breakdown.total()), "INVALID_OBSERVATION");
        assertRejected(() -> Observation.computed(received, department, Period.quarter(2022, 1),
                ObservedValue.ratio(Ratio.of(1, 2)), Breakdown.total()), "INVALID_OBSERVATION");
    }

    @Test
    void shouldRequireReportIndicatorUnitAndValue() {
        assertRejected(() -> Observation.reported(null, received, department, ObservedValue.count(1), Breakdown.total()),
                "INVALID_OBSERVATION");
        assertRejected(() -> Observation.reported(report, null, department, ObservedValue.count(1), Breakdown.total()),
                "INVALID_OBSERVATION");
        assertRejected(() -> Observation.reported(report, received, null, ObservedValue.count(1), Breakdown.total()),
                "INVALID_OBSERVATION");
        assertRejected(() -> Observation.reported(report, received, department, null, Breakdown.total()),
                "INVALID_OBSERVATION");
        assertRejected(() -> Observation.computed(received, department, null, ObservedValue.count(1), Breakdown.total()),
                "INVALID_OBSERVATION");
    }

    @Test
    void shouldComputeWithoutReport() {
        Observation o = Observation.computed(received, department, Period.halfYear(2022, 1), ObservedValue.count(120),
                Breakdown.total());

        assertThat(o.source()).isEqualTo(ObservationSource.COMPUTED);
        assertThat(o.report()).isEmpty();
        assertThat(o.period()).isEqualTo(Period.halfYear(2022, 1));
        assertThat(o.value().value()).isEqualTo(120.0);
    }
}

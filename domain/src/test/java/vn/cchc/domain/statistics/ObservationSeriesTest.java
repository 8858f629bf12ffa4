package vn.cchc.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.Measure;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.indicator.Ratio;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;

class ObservationSeriesTest {

    private final Unit unit = new Unit("D1", "Sở một", null, UnitKind.DEPARTMENT, null, null);

    @Test
    void shouldMeasureChangesFromThePreviousPeriodAndTheYearBefore() {
        Map<Period, ObservedValue> values = Map.of(
                Period.quarter(2023, 1), ObservedValue.count(10),
                Period.quarter(2023, 4), ObservedValue.count(12),
                Period.quarter(2024, 1), ObservedValue.count(15));
        ObservationSeries series = ObservationSeries.of(unit, new PeriodSeries(Period.quarter(2024, 1), Period.quarter(2024, 2)), values);
        assertThat(series.points()).extracting(ObservationPoint::period).containsExactly(Period.quarter(2024, 1), Period.quarter(2024, 2));
        ObservationPoint q1 = series.points().get(0);
        assertThat(q1.changeFromPrevious()).contains(3.0);
        assertThat(q1.changeFromYearEarlier()).contains(5.0);
        ObservationPoint q2 = series.points().get(1);
        assertThat(q2.value()).isEmpty();
        assertThat(q2.previous()).contains(values.get(Period.quarter(2024, 1)));
        assertThat(q2.changeFromPrevious()).isEmpty();
        assertThat(q2.changeFromYearEarlier()).isEmpty();
    }

    @Test
    void shouldMeasureRatioChangesInPercentagePoints() {
        ObservationPoint point = new ObservationPoint(Period.year(2024), ObservedValue.ratio(Ratio.of(1, 2)),
                ObservedValue.ratio(Ratio.of(1, 4)), null);
        assertThat(point.changeFromPrevious()).contains(25.0);
    }

    @Test
    void shouldAddCountsAndRatiosButNotPercentages() {
        assertThat(new ObservationSums(18, 0, 0, 2).as(Measure.COUNT)).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(18));
        assertThat(new ObservationSums(144.4, 5, 10, 2).as(Measure.RATIO))
                .hasValueSatisfying(v -> assertThat(v.ratio()).contains(Ratio.of(5, 10)));
        assertThat(new ObservationSums(100, 0, 0, 1).as(Measure.PERCENT))
                .hasValueSatisfying(v -> assertThat(v.value()).isCloseTo(100, within(1e-9)));
        assertThat(new ObservationSums(150, 0, 0, 2).as(Measure.PERCENT)).isEmpty();
        assertThat(new ObservationSums(0, 0, 0, 0).as(Measure.COUNT)).isEmpty();
    }

    @Test
    void shouldRefuseToRollUpAPercentage() {
        Indicator iso = new Indicator("ISO", "ISO", "ISO", Measure.PERCENT, ReformArea.E_GOVERNMENT, "%", true);
        PeriodSeries q1 = PeriodSeries.of(Period.quarter(2024, 1), null);
        assertRejected(() -> new ObservationSeriesQuery(iso, Condition.TRUE, q1, true, null), "NOT_ADDITIVE");
        assertThat(new ObservationSeriesQuery(iso, null, q1, false, null).units()).isEqualTo(Condition.TRUE);
    }
}

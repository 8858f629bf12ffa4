package vn.cchc.domain.statistics;

import java.util.List;
import java.util.Map;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.unit.Unit;

/** An indicator's values for one unit over a series of periods, every period present, with its changes. */
public record ObservationSeries(Unit unit, List<ObservationPoint> points) {

    public ObservationSeries {
        points = List.copyOf(points);
    }

    /**
     * The series over {@code periods}, from the unit's values by period; values of earlier periods serve only as
     * the comparisons of the first points.
     */
    public static ObservationSeries of(Unit unit, PeriodSeries periods, Map<Period, ObservedValue> values) {
        return new ObservationSeries(unit, periods.periods().stream().map(p -> new ObservationPoint(p, values.get(p),
                PeriodSeries.previousOf(p).map(values::get).orElse(null),
                PeriodSeries.yearEarlierOf(p).map(values::get).orElse(null))).toList());
    }
}

package vn.cchc.domain.statistics;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.PeriodWindows;
import vn.cchc.domain.shared.DomainException;

/**
 * What dossier statistics to compute: a scope of time from the start of {@code period} to the end of
 * {@code through}, the dimensions to group by and the dossiers to count. The time dimensions cut the scope into
 * the periods the measures are given for: {@link DossierDimension#QUARTER} into quarters,
 * {@link DossierDimension#YEAR} into years (the scope must then be whole years); without them the scope must be one
 * period. Every measure is relative to its period (carried over into it, received in it, open at its end), and a
 * period stands for the days of its window in {@code windows}: the calendar period itself by default, or the window
 * its report gives ({@link vn.cchc.domain.period.ReportingCalendar}); the periods are cut by the calendar either way.
 */
public record DossierStatisticsQuery(Period period, Period through, Set<DossierDimension> groupBy,
                                     DossierStatisticsCriteria criteria, PeriodWindows windows) {

    public DossierStatisticsQuery {
        DomainException.require(period != null, "INVALID_PERIOD", "the statistics need a period");
        through = through == null ? period : through;
        DomainException.require(!through.startDate().isBefore(period.startDate()) && !through.endDate().isBefore(period.endDate()),
                "INVALID_PERIOD", "the scope cannot end with " + through + ", which comes before " + period);
        groupBy = groupBy == null || groupBy.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(groupBy));
        criteria = criteria == null ? DossierStatisticsCriteria.any() : criteria;
        windows = windows == null ? PeriodWindows.CALENDAR : windows;
        periods(period, through, groupBy);
    }

    /** Counting by calendar period. */
    public DossierStatisticsQuery(Period period, Period through, Set<DossierDimension> groupBy, DossierStatisticsCriteria criteria) {
        this(period, through, groupBy, criteria, PeriodWindows.CALENDAR);
    }

    /** True when every period stands for its calendar days. */
    public boolean byCalendar() {
        return windows == PeriodWindows.CALENDAR;
    }

    /** The first day counted for one of the query's periods. */
    public LocalDate startOf(Period period) {
        return windows.windowStart(period);
    }

    /** The last day counted for one of the query's periods. */
    public LocalDate endOf(Period period) {
        return windows.windowEnd(period);
    }

    public static DossierStatisticsQuery of(Period period, DossierStatisticsCriteria criteria, DossierDimension... groupBy) {
        return new DossierStatisticsQuery(period, null, Set.of(groupBy), criteria);
    }

    /** The periods the measures are given for, in order. */
    public List<Period> periods() {
        return periods(period, through, groupBy);
    }

    public boolean groupsBy(DossierDimension dimension) {
        return groupBy.contains(dimension);
    }

    private static List<Period> periods(Period period, Period through, Set<DossierDimension> groupBy) {
        LocalDate start = period.startDate();
        LocalDate end = through.endDate();
        if (groupBy.contains(DossierDimension.QUARTER)) {
            return new PeriodSeries(Period.quarterOf(start), Period.quarterOf(end)).periods();
        }
        if (groupBy.contains(DossierDimension.YEAR)) {
            DomainException.require(start.getDayOfYear() == 1 && end.getMonthValue() == 12, "INVALID_PERIOD",
                    "grouping by YEAR needs whole years; " + start + " to " + end + " is not");
            return new PeriodSeries(Period.year(start.getYear()), Period.year(end.getYear())).periods();
        }
        DomainException.require(period.equals(through), "INVALID_PERIOD",
                "from " + period + " through " + through + " is several periods: group by YEAR or QUARTER");
        return List.of(period);
    }

    /** The dimensions other than time: the groups within each period. */
    public Set<DossierDimension> groupsWithinPeriod() {
        Set<DossierDimension> within = EnumSet.noneOf(DossierDimension.class);
        groupBy.stream().filter(d -> !d.isTime()).forEach(within::add);
        return within;
    }
}

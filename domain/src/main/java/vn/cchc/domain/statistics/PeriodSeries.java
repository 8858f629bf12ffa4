package vn.cchc.domain.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.shared.DomainException;

/**
 * Consecutive periods of one type, from {@code first} to {@code last}: eight quarters, five years. Bounded,
 * because every period of a series costs a computation.
 */
public record PeriodSeries(Period first, Period last) {

    public static final int MAX_PERIODS = 40;

    public PeriodSeries {
        DomainException.require(first != null && last != null, "INVALID_PERIOD", "a series needs its first and last period");
        DomainException.require(first.type() == last.type(), "INVALID_PERIOD",
                "a series has periods of one type; " + first + " and " + last + " differ");
        DomainException.require(first.compareTo(last) <= 0, "INVALID_PERIOD", last + " comes before " + first);
        int length = (last.year() - first.year()) * first.type().perYear() + last.number() - first.number() + 1;
        DomainException.require(length <= MAX_PERIODS, "INVALID_PERIOD",
                "a series has at most " + MAX_PERIODS + " periods; " + first + " to " + last + " has " + length);
    }

    /** The series of one period, or from {@code first} to {@code last} when a last period is given. */
    public static PeriodSeries of(Period first, Period last) {
        return new PeriodSeries(first, last == null ? first : last);
    }

    public List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        for (Period p = first; p.compareTo(last) <= 0; p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    /** The earliest period a change in the series is measured from: the same period a year before the first. */
    public Period earliestComparison() {
        return yearEarlierOf(first).orElse(first);
    }

    /** The period before, unless it would precede the first year periods can have. */
    static Optional<Period> previousOf(Period period) {
        return period.year() > Period.FIRST_YEAR || period.number() > 1 ? Optional.of(period.previous()) : Optional.empty();
    }

    /** The same period a year before, unless it would precede the first year periods can have. */
    static Optional<Period> yearEarlierOf(Period period) {
        return period.year() > Period.FIRST_YEAR ? Optional.of(period.yearEarlier()) : Optional.empty();
    }
}

package vn.cchc.domain.statistics;

import java.util.Optional;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.period.Period;

/**
 * The value of an indicator for one unit and period, next to the values it is compared with: the period before
 * and the same period a year before. A change is the difference of the values (for ratios and percentages, in
 * percentage points); it is empty when either value is missing.
 */
public final class ObservationPoint {

    private final Period period;
    private final ObservedValue value;
    private final ObservedValue previous;
    private final ObservedValue yearEarlier;

    public ObservationPoint(Period period, ObservedValue value, ObservedValue previous, ObservedValue yearEarlier) {
        this.period = period;
        this.value = value;
        this.previous = previous;
        this.yearEarlier = yearEarlier;
    }

    public Period period() {
        return period;
    }

    public Optional<ObservedValue> value() {
        return Optional.ofNullable(value);
    }

    /** The value of {@link Period#previous()}. */
    public Optional<ObservedValue> previous() {
        return Optional.ofNullable(previous);
    }

    /** The value of {@link Period#yearEarlier()}. */
    public Optional<ObservedValue> yearEarlier() {
        return Optional.ofNullable(yearEarlier);
    }

    public Optional<Double> changeFromPrevious() {
        return change(previous);
    }

    public Optional<Double> changeFromYearEarlier() {
        return change(yearEarlier);
    }

    private Optional<Double> change(ObservedValue from) {
        return value == null || from == null ? Optional.empty() : Optional.of(value.value() - from.value());
    }
}

package vn.cchc.domain.statistics;

import java.util.Optional;
import vn.cchc.domain.indicator.Measure;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.indicator.Ratio;

/**
 * What the database adds up over the observations of one unit (or subtree) and period: their values, numerators
 * and denominators, and how many there were. It becomes one value the way the indicator's measure allows.
 */
public record ObservationSums(double values, long numerators, long denominators, long observations) {

    /**
     * Counts add up; ratios add numerators and denominators (4/9 + 1/1 = 5/10, never an average of percentages);
     * percentages reported without their counts cannot be added, so several of them give no value.
     */
    public Optional<ObservedValue> as(Measure measure) {
        if (observations == 0) {
            return Optional.empty();
        }
        return switch (measure) {
            case COUNT -> Optional.of(ObservedValue.count(Math.round(values)));
            case RATIO -> Ratio.ifDefined(numerators, denominators).map(ObservedValue::ratio);
            case PERCENT -> observations == 1 ? Optional.of(ObservedValue.percent(values)) : Optional.empty();
        };
    }
}

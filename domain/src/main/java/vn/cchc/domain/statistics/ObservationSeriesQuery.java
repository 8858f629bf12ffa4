package vn.cchc.domain.statistics;

import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.Measure;
import vn.cchc.domain.indicator.ObservationSource;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.DomainException;

/**
 * Which time series of an indicator to give: its totals (not its broken-down values) from one source, for each
 * selected unit over a series of periods.
 *
 * @param units  a condition on units ({@link vn.cchc.domain.unit.UnitAttribute}) selecting them
 * @param rollUp true: each unit counts the observations of its whole subtree; false: its own only
 */
public record ObservationSeriesQuery(Indicator indicator, Condition units, PeriodSeries periods, boolean rollUp,
                                     ObservationSource source) {

    public ObservationSeriesQuery {
        DomainException.require(indicator != null && periods != null, "INVALID_SERIES",
                "a series needs an indicator and its periods");
        DomainException.require(!rollUp || indicator.measure() != Measure.PERCENT, "NOT_ADDITIVE",
                "indicator " + indicator.code() + " is a percentage reported without its counts: it cannot be added up"
                        + " over a subtree");
        units = units == null ? Condition.TRUE : units;
        source = source == null ? ObservationSource.REPORTED : source;
    }
}

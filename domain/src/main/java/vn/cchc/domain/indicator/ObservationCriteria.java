package vn.cchc.domain.indicator;

import vn.cchc.domain.period.Period;
import vn.cchc.domain.unit.UnitScope;

/**
 * Which observations to list; every null field means "any".
 *
 * @param totalOnly true: only totals; false: only broken-down values; null: both
 * @param units     about units in this scope
 */
public record ObservationCriteria(String unitCode, String indicatorCode, Integer year, Integer quarter,
                                  ObservationSource source, Long reportId, Boolean totalOnly, UnitScope units) {

    public static ObservationCriteria any() {
        return new ObservationCriteria(null, null, null, null, null, null, null, UnitScope.any());
    }

    public static ObservationCriteria of(String unitCode, String indicatorCode, Period period) {
        return new ObservationCriteria(unitCode, indicatorCode, period.year(), period.quarter(), null, null, null, UnitScope.any());
    }

    public ObservationCriteria withUnit(String code) {
        return new ObservationCriteria(code, indicatorCode, year, quarter, source, reportId, totalOnly, units);
    }

    public ObservationCriteria withIndicator(String code) {
        return new ObservationCriteria(unitCode, code, year, quarter, source, reportId, totalOnly, units);
    }
}

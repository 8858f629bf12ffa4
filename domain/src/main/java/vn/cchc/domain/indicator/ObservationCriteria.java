package vn.cchc.domain.indicator;

import vn.cchc.domain.period.Period;
import vn.cchc.domain.report.ReportVisibility;
import vn.cchc.domain.unit.UnitScope;

/**
 * Which observations to list; every null field means "any".
 *
 * @param totalOnly true: only totals; false: only broken-down values; null: both
 * @param units      about units in this scope
 * @param visibility only observations of the reports it allows (and computed ones where it allows them)
 */
public record ObservationCriteria(String unitCode, String indicatorCode, Integer year, Integer quarter,
                                  ObservationSource source, Long reportId, Boolean totalOnly, UnitScope units,
                                  ReportVisibility visibility) {

    public ObservationCriteria {
        visibility = visibility == null ? ReportVisibility.ALL : visibility;
    }

    /** Criteria of the application's own work, which sees every observation. */
    public ObservationCriteria(String unitCode, String indicatorCode, Integer year, Integer quarter,
                               ObservationSource source, Long reportId, Boolean totalOnly, UnitScope units) {
        this(unitCode, indicatorCode, year, quarter, source, reportId, totalOnly, units, ReportVisibility.ALL);
    }

    public static ObservationCriteria any() {
        return new ObservationCriteria(null, null, null, null, null, null, null, UnitScope.any());
    }

    public static ObservationCriteria of(String unitCode, String indicatorCode, Period period) {
        return new ObservationCriteria(unitCode, indicatorCode, period.year(), period.quarter(), null, null, null, UnitScope.any());
    }

    public ObservationCriteria withUnit(String code) {
        return new ObservationCriteria(code, indicatorCode, year, quarter, source, reportId, totalOnly, units, visibility);
    }

    public ObservationCriteria withIndicator(String code) {
        return new ObservationCriteria(unitCode, code, year, quarter, source, reportId, totalOnly, units, visibility);
    }

    /** The observations of one report. */
    public static ObservationCriteria ofReport(long reportId) {
        return new ObservationCriteria(null, null, null, null, null, reportId, null, UnitScope.any());
    }

    /** The same criteria, narrowed to the observations a caller may read. */
    public ObservationCriteria visibleTo(ReportVisibility callersVisibility) {
        return new ObservationCriteria(unitCode, indicatorCode, year, quarter, source, reportId, totalOnly, units,
                callersVisibility);
    }
}

package vn.cchc.domain.report;

/**
 * Which reports to list; every null field means "any"; {@code search} matches the folded title; only reports the
 * {@code visibility} allows are ever listed.
 */
public record ReportCriteria(String unitCode, Integer year, Integer quarter, ReportStatus status, String search,
                             ReportVisibility visibility) {

    public ReportCriteria {
        visibility = visibility == null ? ReportVisibility.ALL : visibility;
    }

    /** Criteria of the application's own work, which sees every report. */
    public ReportCriteria(String unitCode, Integer year, Integer quarter, ReportStatus status, String search) {
        this(unitCode, year, quarter, status, search, ReportVisibility.ALL);
    }

    public static ReportCriteria any() {
        return new ReportCriteria(null, null, null, null, null);
    }

    /** The same criteria, narrowed to the reports a caller may read. */
    public ReportCriteria visibleTo(ReportVisibility callersVisibility) {
        return new ReportCriteria(unitCode, year, quarter, status, search, callersVisibility);
    }
}

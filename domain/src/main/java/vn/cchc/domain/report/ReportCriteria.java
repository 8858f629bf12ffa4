package vn.cchc.domain.report;

/** Which reports to list; every null field means "any"; {@code search} matches the folded title. */
public record ReportCriteria(String unitCode, Integer year, Integer quarter, ReportStatus status, String search) {

    public static ReportCriteria any() {
        return new ReportCriteria(null, null, null, null, null);
    }
}

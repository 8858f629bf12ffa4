package vn.cchc.domain.report;

/** Which reports to list; every null field means "any". */
public record ReportCriteria(String unitCode, Integer year, Integer quarter, ReportStatus status) {

    public static ReportCriteria any() {
        return new ReportCriteria(null, null, null, null);
    }
}

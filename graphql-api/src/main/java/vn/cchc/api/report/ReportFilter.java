package vn.cchc.api.report;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.error.Arguments;
import vn.cchc.api.mapping.Enums;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.PeriodType;
import vn.cchc.domain.report.ReportCriteria;
import vn.cchc.domain.report.ReportStatus;

@Input("ReportFilter")
@Description("Which reports to list (bộ lọc báo cáo); fields left out match everything, given fields must all match.")
public class ReportFilter {

    @Description("Only reports of the unit with this code (đơn vị báo cáo).")
    public String unitCode;

    @Description("Only reports on periods of this year (năm).")
    public Integer year;

    @Description("Only reports on this quarter, 1-4 (quý).")
    public Integer quarter;

    @Description("Only reports in this status (trạng thái).")
    public ReportStatusView status;

    @Description("Words the title must contain (tìm kiếm), in any case, with or without Vietnamese diacritics: "
            + "\"cai cach hanh chinh quy i\" finds \"Công tác cải cách hành chính quý I năm 2022\".")
    public String search;

    static ReportCriteria toCriteria(ReportFilter filter) {
        if (filter == null) {
            return ReportCriteria.any();
        }
        if (filter.year != null) {
            Arguments.read("filter.year", () -> Period.year(filter.year));
        }
        if (filter.quarter != null) {
            Arguments.read("filter.quarter", () -> PeriodType.QUARTER.requireNumber(filter.quarter));
        }
        return new ReportCriteria(filter.unitCode, filter.year, filter.quarter, Enums.mirror(filter.status, ReportStatus.class),
                filter.search);
    }
}

package vn.cchc.api.report;

import org.eclipse.microprofile.graphql.Description;
import vn.cchc.api.filter.DateFilter;
import vn.cchc.api.indicator.PeriodFilter;
import vn.cchc.api.unit.UnitFilter;
import vn.cchc.domain.report.ReportAttribute;
import vn.cchc.domain.shared.Condition;
import vn.cchc.processor.FilterFields;

@FilterFields(name = "ReportFilter", attributes = ReportAttribute.class,
        complement = "the exact complement, reports without a value included",
        description = "Which reports (bộ lọc báo cáo): every field given must hold; and / or / not combine filters. E.g. {unit: {code: {eq: \"NA-SKHCN\"}}, period: {year: {eq: 2022}, type: {eq: QUARTER}, number: {eq: 1}}}.")
public abstract class ReportFilterFields {

    @Description("The reporting unit (đơn vị báo cáo) matches this filter.")
    public UnitFilter unit;

    @Description("The period reported on (kỳ báo cáo) matches this filter.")
    public PeriodFilter period;

    @Description("The status (trạng thái).")
    public ReportStatusFilter status;

    @Description("The issue date (ngày ban hành), when known.")
    public DateFilter issuedOn;

    @Description("Words the title must contain (tìm kiếm), in any case, with or without Vietnamese diacritics: \"cai cach hanh chinh quy i\" finds \"Công tác cải cách hành chính quý I năm 2022\".")
    public String search;

    Condition period(String path) {
        return period.toCondition(path + ".period", ReportAttribute.PERIOD_YEAR,
                ReportAttribute.PERIOD_TYPE, ReportAttribute.PERIOD_NUMBER);
    }

    Condition search(String path) {
        return Condition.search(search);
    }
}

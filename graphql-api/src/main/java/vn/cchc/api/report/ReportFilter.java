package vn.cchc.api.report;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.filter.Conditions;
import vn.cchc.api.filter.DateFilter;
import vn.cchc.api.filter.EntityFilter;
import vn.cchc.api.indicator.PeriodFilter;
import vn.cchc.api.unit.UnitFilter;
import vn.cchc.domain.report.ReportAttribute;
import vn.cchc.domain.shared.Condition;

@Input("ReportFilter")
@Description("Which reports (bộ lọc báo cáo): every field given must hold; and / or / not combine filters. E.g. {unit: {code: {eq: \"NA-SKHCN\"}}, period: {year: {eq: 2022}, type: {eq: QUARTER}, number: {eq: 1}}}.")
public class ReportFilter implements EntityFilter {

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

    // no @NonNull on the elements: on an input field this engine would make the whole list required
    @Description("Every one of these filters holds (và).")
    public List<ReportFilter> and;

    @Description("At least one of these filters holds (hoặc); [] matches nothing.")
    public List<ReportFilter> or;

    @Description("This filter does not hold (không): the exact complement, reports without a value included.")
    public ReportFilter not;

    @Override
    public Condition toCondition(String path) {
        return Conditions.at(path)
                .related("unit", unit, ReportAttribute.UNIT)
                .given("period", period, () -> period.toCondition(path + ".period", ReportAttribute.PERIOD_YEAR,
                        ReportAttribute.PERIOD_TYPE, ReportAttribute.PERIOD_NUMBER))
                .value("status", status, ReportAttribute.STATUS)
                .value("issuedOn", issuedOn, ReportAttribute.ISSUED_ON)
                .given("search", search, () -> Condition.search(search))
                .build(and, or, not);
    }
}

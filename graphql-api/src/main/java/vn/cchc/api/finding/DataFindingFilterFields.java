package vn.cchc.api.finding;

import org.eclipse.microprofile.graphql.Description;
import vn.cchc.api.filter.StringFilter;
import vn.cchc.api.indicator.PeriodFilter;
import vn.cchc.api.unit.UnitFilter;
import vn.cchc.domain.finding.FindingAttribute;
import vn.cchc.domain.shared.Condition;
import vn.cchc.processor.FilterFields;

@FilterFields(name = "DataFindingFilter", attributes = FindingAttribute.class, complement = "the exact complement",
        description = "Which data-quality findings (bộ lọc phát hiện): every field given must hold; and / or / not combine "
                + "filters. E.g. the open errors of Nghệ An in 2022: {unit: {within: \"NA\"}, severity: {eq: ERROR}, "
                + "status: {eq: OPEN}, period: {year: {eq: 2022}}}.")
public abstract class DataFindingFilterFields {

    @Description("The rule's code (mã quy tắc), e.g. {eq: \"LISTED_UNITS_MISMATCH\"}.")
    public StringFilter rule;

    @Description("How much it weighs (mức độ).")
    public FindingSeverityFilter severity;

    @Description("Where it stands (trạng thái).")
    public FindingStatusFilter status;

    @Description("The unit whose data it is about (đơn vị) matches this filter.")
    public UnitFilter unit;

    @Description("The period it is about (kỳ báo cáo).")
    public PeriodFilter period;

    Condition period(String path) {
        return period.toCondition(path + ".period", FindingAttribute.PERIOD_YEAR, FindingAttribute.PERIOD_TYPE,
                FindingAttribute.PERIOD_NUMBER);
    }
}

package vn.cchc.api.indicator;

import org.eclipse.microprofile.graphql.Description;
import vn.cchc.api.filter.FloatFilter;
import vn.cchc.api.unit.UnitFilter;
import vn.cchc.domain.indicator.ObservationAttribute;
import vn.cchc.domain.shared.Condition;
import vn.cchc.processor.FilterFields;

@FilterFields(name = "ObservationFilter", attributes = ObservationAttribute.class,
        complement = "the exact complement, observations without a value included",
        description = "Which observations (bộ lọc số liệu): every field given must hold; and / or / not combine filters. E.g. the 2022 totals of the departments: {unit: {kind: {eq: DEPARTMENT}}, period: {year: {eq: 2022}}, totalOnly: true}.")
public abstract class ObservationFilterFields {

    @Description("The unit the figure is about (đơn vị) matches this filter.")
    public UnitFilter unit;

    @Description("The indicator (chỉ tiêu) matches this filter.")
    public IndicatorFilter indicator;

    @Description("The period (kỳ) matches this filter.")
    public PeriodFilter period;

    @Description("The source (nguồn): reported or computed.")
    public ObservationSourceFilter source;

    @Description("The value (giá trị); for a ratio its percentage.")
    public FloatFilter value;

    @Description("true: only totals; false: only broken-down values (chi tiết); left out: both.")
    public Boolean totalOnly;

    Condition period(String path) {
        return period.toCondition(path + ".period", ObservationAttribute.PERIOD_YEAR,
                ObservationAttribute.PERIOD_TYPE, ObservationAttribute.PERIOD_NUMBER);
    }

    Condition totalOnly(String path) {
        Condition total = Condition.eq(ObservationAttribute.BREAKDOWN_KEY, "");
        return totalOnly ? total : Condition.not(total);
    }
}

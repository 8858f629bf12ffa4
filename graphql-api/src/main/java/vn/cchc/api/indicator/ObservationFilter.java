package vn.cchc.api.indicator;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.filter.Conditions;
import vn.cchc.api.filter.EntityFilter;
import vn.cchc.api.filter.FloatFilter;
import vn.cchc.api.unit.UnitFilter;
import vn.cchc.domain.indicator.ObservationAttribute;
import vn.cchc.domain.shared.Condition;

@Input("ObservationFilter")
@Description("Which observations (bộ lọc số liệu): every field given must hold; and / or / not combine filters. E.g. the 2022 totals of the departments: {unit: {kind: {eq: DEPARTMENT}}, period: {year: {eq: 2022}}, totalOnly: true}.")
public class ObservationFilter implements EntityFilter {

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

    // no @NonNull on the elements: on an input field this engine would make the whole list required
    @Description("Every one of these filters holds (và).")
    public List<ObservationFilter> and;

    @Description("At least one of these filters holds (hoặc); [] matches nothing.")
    public List<ObservationFilter> or;

    @Description("This filter does not hold (không): the exact complement, observations without a value included.")
    public ObservationFilter not;

    @Override
    public Condition toCondition(String path) {
        return Conditions.at(path)
                .related("unit", unit, ObservationAttribute.UNIT)
                .related("indicator", indicator, ObservationAttribute.INDICATOR)
                .given("period", period, () -> period.toCondition(path + ".period", ObservationAttribute.PERIOD_YEAR,
                        ObservationAttribute.PERIOD_TYPE, ObservationAttribute.PERIOD_NUMBER))
                .value("source", source, ObservationAttribute.SOURCE)
                .value("value", value, ObservationAttribute.VALUE)
                .given("totalOnly", totalOnly, () -> totals(totalOnly))
                .build(and, or, not);
    }

    private static Condition totals(boolean only) {
        Condition total = Condition.eq(ObservationAttribute.BREAKDOWN_KEY, "");
        return only ? total : Condition.not(total);
    }
}

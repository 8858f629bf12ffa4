package vn.cchc.api.indicator;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.area.ReformAreaFilter;
import vn.cchc.api.filter.Conditions;
import vn.cchc.api.filter.EntityFilter;
import vn.cchc.api.filter.StringFilter;
import vn.cchc.domain.indicator.IndicatorAttribute;
import vn.cchc.domain.shared.Condition;

@Input("IndicatorFilter")
@Description("Which indicators (bộ lọc chỉ tiêu): every field given must hold.")
public class IndicatorFilter implements EntityFilter {

    @Description("The code (mã chỉ tiêu), e.g. {eq: \"DOSSIERS_ONLINE\"}.")
    public StringFilter code;

    @Description("The reform area (lĩnh vực cải cách).")
    public ReformAreaFilter area;

    // no @NonNull on the elements: on an input field this engine would make the whole list required
    @Description("Every one of these filters holds (và).")
    public List<IndicatorFilter> and;

    @Description("At least one of these filters holds (hoặc); [] matches nothing.")
    public List<IndicatorFilter> or;

    @Description("This filter does not hold (không): the exact complement, indicators without a value included.")
    public IndicatorFilter not;

    @Override
    public Condition toCondition(String path) {
        return Conditions.at(path)
                .value("code", code, IndicatorAttribute.CODE)
                .value("area", area, IndicatorAttribute.AREA)
                .build(and, or, not);
    }
}

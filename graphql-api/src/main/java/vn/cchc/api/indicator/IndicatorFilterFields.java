package vn.cchc.api.indicator;

import org.eclipse.microprofile.graphql.Description;
import vn.cchc.api.area.ReformAreaFilter;
import vn.cchc.api.filter.StringFilter;
import vn.cchc.domain.indicator.IndicatorAttribute;
import vn.cchc.processor.FilterFields;

@FilterFields(name = "IndicatorFilter", attributes = IndicatorAttribute.class,
        complement = "the exact complement, indicators without a value included",
        description = "Which indicators (bộ lọc chỉ tiêu): every field given must hold.")
public abstract class IndicatorFilterFields {

    @Description("The code (mã chỉ tiêu), e.g. {eq: \"DOSSIERS_ONLINE\"}.")
    public StringFilter code;

    @Description("The reform area (lĩnh vực cải cách).")
    public ReformAreaFilter area;
}

package vn.cchc.api.filter;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.shared.Condition;

@Input("FloatFilter")
@Description("Conditions on a number (số); every operator given must hold.")
public class FloatFilter implements ScalarFilter {

    @Description("Equal to this value.")
    public Double eq;

    @Description("Greater than (lớn hơn).")
    public Double gt;

    @Description("Greater than or equal to (từ).")
    public Double gte;

    @Description("Less than (nhỏ hơn).")
    public Double lt;

    @Description("Less than or equal to (đến).")
    public Double lte;

    @Description("true: the value is missing (không có giá trị); false: it is present. Only for values that can be missing.")
    public Boolean isNull;

    @Override
    public Condition toCondition(String path, Attribute attribute) {
        return Scalars.condition(path, attribute, Scalars.compared(eq, gt, gte, lt, lte), null, isNull);
    }
}

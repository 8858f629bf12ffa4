package vn.cchc.api.filter;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.shared.Condition;

@Input("IntFilter")
@Description("Conditions on a whole number (số nguyên); every operator given must hold.")
public class IntFilter implements ScalarFilter {

    @Description("Equal to this value.")
    public Integer eq;

    @Description("Greater than (lớn hơn).")
    public Integer gt;

    @Description("Greater than or equal to (từ).")
    public Integer gte;

    @Description("Less than (nhỏ hơn).")
    public Integer lt;

    @Description("Less than or equal to (đến).")
    public Integer lte;

    @Description("true: the value is missing (không có giá trị); false: it is present. Only for values that can be missing.")
    public Boolean isNull;

    @Override
    public Condition toCondition(String path, Attribute attribute) {
        return Scalars.condition(path, attribute, Scalars.compared(eq, gt, gte, lt, lte), null, isNull);
    }
}

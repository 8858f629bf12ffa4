package vn.cchc.api.filter;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.shared.Condition;

@Input("DateFilter")
@Description("Conditions on a day (ngày), ISO-8601; a missing date matches no comparison; every operator given must hold.")
public class DateFilter implements ScalarFilter {

    @Description("Equal to this value.")
    public LocalDate eq;

    @Description("Greater than (lớn hơn).")
    public LocalDate gt;

    @Description("Greater than or equal to (từ).")
    public LocalDate gte;

    @Description("Less than (nhỏ hơn).")
    public LocalDate lt;

    @Description("Less than or equal to (đến).")
    public LocalDate lte;

    @Description("true: the value is missing (không có giá trị); false: it is present. Only for values that can be missing.")
    public Boolean isNull;

    @Override
    public Condition toCondition(String path, Attribute attribute) {
        return Scalars.condition(path, attribute, Scalars.compared(eq, gt, gte, lt, lte), null, isNull);
    }
}

package vn.cchc.api.document;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.filter.ScalarFilter;
import vn.cchc.api.filter.Scalars;
import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.shared.Condition;

@Input("PlanTaskStatusFilter")
@Description("Conditions on how far a task of a plan got (tiến độ nhiệm vụ); every operator given must hold.")
public class PlanTaskStatusFilter implements ScalarFilter {

    @Description("Equal to this value.")
    public PlanTaskStatusView eq;

    // no @NonNull on the elements: on an input field this engine would make the whole list required
    @Description("One of these values (trong danh sách); [] matches nothing.")
    public List<PlanTaskStatusView> in;

    @Description("true: the value is missing (không có giá trị); false: it is present. Only for values that can be missing.")
    public Boolean isNull;

    @Override
    public Condition toCondition(String path, Attribute attribute) {
        return Scalars.enumCondition(path, attribute, eq, in, isNull);
    }
}

package vn.cchc.api.document;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.cchc.api.filter.OrderInput;
import vn.cchc.api.filter.SortDirectionView;
import vn.cchc.domain.document.PlanTaskAttribute;

@Input("PlanTaskOrder")
@Description("One key of the order of tasks of plans (sắp xếp nhiệm vụ); ties are broken by the next key, finally by id.")
public class PlanTaskOrder implements OrderInput {

    @NonNull
    @Description("What to order by.")
    public PlanTaskOrderField field;

    @Description("Which end first; default ASC.")
    public SortDirectionView direction;

    @Override
    public List<PlanTaskAttribute> attributes() {
        return field == null ? null : field.attributes;
    }

    @Override
    public SortDirectionView direction() {
        return direction;
    }
}

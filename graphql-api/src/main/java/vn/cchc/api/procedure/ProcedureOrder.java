package vn.cchc.api.procedure;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.cchc.api.filter.OrderInput;
import vn.cchc.api.filter.SortDirectionView;
import vn.cchc.domain.procedure.ProcedureAttribute;

@Input("ProcedureOrder")
@Description("One key of the order of procedures (sắp xếp thủ tục); ties are broken by the next key, finally by id.")
public class ProcedureOrder implements OrderInput {

    @NonNull
    @Description("What to order by.")
    public ProcedureOrderField field;

    @Description("Which end first; default ASC.")
    public SortDirectionView direction;

    @Override
    public List<ProcedureAttribute> attributes() {
        return field == null ? null : field.attributes;
    }

    @Override
    public SortDirectionView direction() {
        return direction;
    }
}

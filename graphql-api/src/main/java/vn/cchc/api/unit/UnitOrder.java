package vn.cchc.api.unit;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.cchc.api.filter.OrderInput;
import vn.cchc.api.filter.SortDirectionView;
import vn.cchc.domain.unit.UnitAttribute;

@Input("UnitOrder")
@Description("One key of the order of units (sắp xếp đơn vị); ties are broken by the next key, finally by id.")
public class UnitOrder implements OrderInput {

    @NonNull
    @Description("What to order by.")
    public UnitOrderField field;

    @Description("Which end first; default ASC.")
    public SortDirectionView direction;

    @Override
    public List<UnitAttribute> attributes() {
        return field == null ? null : field.attributes;
    }

    @Override
    public SortDirectionView direction() {
        return direction;
    }
}

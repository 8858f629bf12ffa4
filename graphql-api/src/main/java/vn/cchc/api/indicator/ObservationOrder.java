package vn.cchc.api.indicator;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.cchc.api.filter.OrderInput;
import vn.cchc.api.filter.SortDirectionView;
import vn.cchc.domain.indicator.ObservationAttribute;

@Input("ObservationOrder")
@Description("One key of the order of observations (sắp xếp số liệu); ties are broken by the next key, finally by id.")
public class ObservationOrder implements OrderInput {

    @NonNull
    @Description("What to order by.")
    public ObservationOrderField field;

    @Description("Which end first; default ASC.")
    public SortDirectionView direction;

    @Override
    public List<ObservationAttribute> attributes() {
        return field == null ? null : field.attributes;
    }

    @Override
    public SortDirectionView direction() {
        return direction;
    }
}

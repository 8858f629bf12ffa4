package vn.cchc.api.dossier;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.cchc.api.filter.OrderInput;
import vn.cchc.api.filter.SortDirectionView;
import vn.cchc.domain.dossier.DossierAttribute;

@Input("DossierOrder")
@Description("One key of the order of dossiers (sắp xếp hồ sơ); ties are broken by the next key, finally by id.")
public class DossierOrder implements OrderInput {

    @NonNull
    @Description("What to order by.")
    public DossierOrderField field;

    @Description("Which end first; default ASC.")
    public SortDirectionView direction;

    @Override
    public List<DossierAttribute> attributes() {
        return field == null ? null : field.attributes;
    }

    @Override
    public SortDirectionView direction() {
        return direction;
    }
}

package vn.cchc.api.dossierimport;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.cchc.api.filter.OrderInput;
import vn.cchc.api.filter.SortDirectionView;
import vn.cchc.domain.dossier.ImportJobAttribute;

@Input("ImportJobOrder")
@Description("One key of the order of import jobs (sắp xếp lượt nhập); ties are broken by the next key, finally by id.")
public class ImportJobOrder implements OrderInput {

    @NonNull
    @Description("What to order by.")
    public ImportJobOrderField field;

    @Description("Which end first; default ASC.")
    public SortDirectionView direction;

    @Override
    public List<ImportJobAttribute> attributes() {
        return field == null ? null : field.attributes;
    }

    @Override
    public SortDirectionView direction() {
        return direction;
    }
}

package vn.cchc.api.document;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.cchc.api.filter.OrderInput;
import vn.cchc.api.filter.SortDirectionView;
import vn.cchc.domain.document.DocumentAttribute;

@Input("DocumentOrder")
@Description("One key of the order of documents (sắp xếp văn bản); ties are broken by the next key, finally by id.")
public class DocumentOrder implements OrderInput {

    @NonNull
    @Description("What to order by.")
    public DocumentOrderField field;

    @Description("Which end first; default ASC.")
    public SortDirectionView direction;

    @Override
    public List<DocumentAttribute> attributes() {
        return field == null ? null : field.attributes;
    }

    @Override
    public SortDirectionView direction() {
        return direction;
    }
}

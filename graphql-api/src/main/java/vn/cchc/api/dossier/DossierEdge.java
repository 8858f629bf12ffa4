package vn.cchc.api.dossier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DossierEdge")
@Description("A dossier in a list, with its cursor.")
public class DossierEdge {

    private final String cursor;
    private final DossierView node;

    DossierEdge(String cursor, DossierView node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque cursor of this item; pass it as `after` to read the items that follow.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The dossier.")
    public DossierView getNode() {
        return node;
    }
}

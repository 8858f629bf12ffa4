package vn.cchc.api.dossier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.paging.Edge;

@Type("DossierEdge")
@Description("A dossier in a list, with its cursor.")
public class DossierEdge extends Edge {

    private final DossierView node;

    DossierEdge(String cursor, DossierView node) {
        super(cursor);
        this.node = node;
    }

    @NonNull
    @Description("The dossier.")
    public DossierView getNode() {
        return node;
    }
}

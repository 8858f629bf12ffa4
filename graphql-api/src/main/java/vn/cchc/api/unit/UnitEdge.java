package vn.cchc.api.unit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.paging.Edge;

@Type("UnitEdge")
@Description("An unit in a list, with its cursor.")
public class UnitEdge extends Edge {

    private final UnitView node;

    UnitEdge(String cursor, UnitView node) {
        super(cursor);
        this.node = node;
    }

    @NonNull
    @Description("The unit.")
    public UnitView getNode() {
        return node;
    }
}

package vn.cchc.api.unit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("UnitEdge")
@Description("A unit in a list, with its cursor.")
public class UnitEdge {

    private final String cursor;
    private final UnitView node;

    UnitEdge(String cursor, UnitView node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque cursor of this item; pass it as `after` to read the items that follow.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The unit.")
    public UnitView getNode() {
        return node;
    }
}

package vn.cchc.api.procedure;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ProcedureEdge")
@Description("A procedure in a list, with its cursor.")
public class ProcedureEdge {

    private final String cursor;
    private final ProcedureView node;

    ProcedureEdge(String cursor, ProcedureView node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque cursor of this item; pass it as `after` to read the items that follow.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The procedure.")
    public ProcedureView getNode() {
        return node;
    }
}

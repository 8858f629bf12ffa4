package vn.cchc.api.procedure;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.paging.Edge;

@Type("ProcedureEdge")
@Description("A procedure in a list, with its cursor.")
public class ProcedureEdge extends Edge {

    private final ProcedureView node;

    ProcedureEdge(String cursor, ProcedureView node) {
        super(cursor);
        this.node = node;
    }

    @NonNull
    @Description("The procedure.")
    public ProcedureView getNode() {
        return node;
    }
}

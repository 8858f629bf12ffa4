package vn.cchc.api.document;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.paging.Edge;

@Type("PlanTaskEdge")
@Description("A task of a plan in a list, with its cursor.")
public class PlanTaskEdge extends Edge {

    private final PlanTaskView node;

    PlanTaskEdge(String cursor, PlanTaskView node) {
        super(cursor);
        this.node = node;
    }

    @NonNull
    @Description("The task.")
    public PlanTaskView getNode() {
        return node;
    }
}

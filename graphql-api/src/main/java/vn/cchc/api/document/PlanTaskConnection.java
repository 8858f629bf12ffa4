package vn.cchc.api.document;

import java.util.List;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.paging.Connection;
import vn.cchc.api.paging.Page;

@Type("PlanTaskConnection")
@Description("A page of tasks of plans (các nhiệm vụ), in the order asked for.")
public class PlanTaskConnection extends Connection<PlanTaskView> {

    public PlanTaskConnection(Page<PlanTaskView> page, LongSupplier total) {
        super(page, total);
    }

    @NonNull
    @Description("The tasks of this page.")
    public List<@NonNull PlanTaskView> getNodes() {
        return nodeList();
    }

    @NonNull
    @Description("The tasks of this page with their cursors.")
    public List<@NonNull PlanTaskEdge> getEdges() {
        return edgeList(PlanTaskEdge::new);
    }
}

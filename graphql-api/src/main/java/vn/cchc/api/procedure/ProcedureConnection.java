package vn.cchc.api.procedure;

import java.util.List;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.paging.Connection;
import vn.cchc.api.paging.Page;

@Type("ProcedureConnection")
@Description("A page of administrative procedures (danh sách thủ tục hành chính).")
public class ProcedureConnection extends Connection<ProcedureView> {

    public ProcedureConnection(Page<ProcedureView> page, LongSupplier total) {
        super(page, total);
    }

    @NonNull
    @Description("The procedures of this page.")
    public List<@NonNull ProcedureView> getNodes() {
        return nodeList();
    }

    @NonNull
    @Description("The procedures of this page with their cursors.")
    public List<@NonNull ProcedureEdge> getEdges() {
        return edgeList(ProcedureEdge::new);
    }
}

package vn.cchc.api.audit;

import java.util.List;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.paging.Connection;
import vn.cchc.api.paging.Page;

@Type("AuditEntryConnection")
@Description("A page of the audit trail (nhật ký thay đổi).")
public class AuditEntryConnection extends Connection<AuditEntryView> {

    public AuditEntryConnection(Page<AuditEntryView> page, LongSupplier total) {
        super(page, total);
    }

    @NonNull
    @Description("The entries of this page.")
    public List<@NonNull AuditEntryView> getNodes() {
        return nodeList();
    }

    @NonNull
    @Description("The entries of this page with their cursors.")
    public List<@NonNull AuditEntryEdge> getEdges() {
        return edgeList(AuditEntryEdge::new);
    }
}

package vn.cchc.api.audit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.paging.Edge;

@Type("AuditEntryEdge")
@Description("An audit entry in a list, with its cursor.")
public class AuditEntryEdge extends Edge {

    private final AuditEntryView node;

    AuditEntryEdge(String cursor, AuditEntryView node) {
        super(cursor);
        this.node = node;
    }

    @NonNull
    @Description("The entry.")
    public AuditEntryView getNode() {
        return node;
    }
}

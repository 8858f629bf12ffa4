package vn.cchc.api.report;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.paging.Edge;

@Type("ReportEdge")
@Description("A report in a list, with its cursor.")
public class ReportEdge extends Edge {

    private final ReportView node;

    ReportEdge(String cursor, ReportView node) {
        super(cursor);
        this.node = node;
    }

    @NonNull
    @Description("The report.")
    public ReportView getNode() {
        return node;
    }
}

package vn.cchc.api.report;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ReportEdge")
@Description("A report in a list, with its cursor.")
public class ReportEdge {

    private final String cursor;
    private final ReportView node;

    ReportEdge(String cursor, ReportView node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque cursor of this item; pass it as `after` to read the items that follow.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The report.")
    public ReportView getNode() {
        return node;
    }
}

package vn.cchc.api.report;

import java.util.List;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.paging.Connection;
import vn.cchc.api.paging.Page;

@Type("ReportConnection")
@Description("A page of reports (danh sách báo cáo).")
public class ReportConnection extends Connection<ReportView> {

    public ReportConnection(Page<ReportView> page, LongSupplier total) {
        super(page, total);
    }

    @NonNull
    @Description("The reports of this page.")
    public List<@NonNull ReportView> getNodes() {
        return nodeList();
    }

    @NonNull
    @Description("The reports of this page with their cursors.")
    public List<@NonNull ReportEdge> getEdges() {
        return edgeList(ReportEdge::new);
    }
}

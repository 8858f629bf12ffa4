package vn.cchc.api.dossierimport;

import java.util.List;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.paging.Connection;
import vn.cchc.api.paging.Page;

@Type("ImportJobConnection")
@Description("A page of import jobs (các lượt nhập), in the order asked for.")
public class ImportJobConnection extends Connection<ImportJobView> {

    public ImportJobConnection(Page<ImportJobView> page, LongSupplier total) {
        super(page, total);
    }

    @NonNull
    @Description("The jobs of this page.")
    public List<@NonNull ImportJobView> getNodes() {
        return nodeList();
    }

    @NonNull
    @Description("The jobs of this page with their cursors.")
    public List<@NonNull ImportJobEdge> getEdges() {
        return edgeList(ImportJobEdge::new);
    }
}

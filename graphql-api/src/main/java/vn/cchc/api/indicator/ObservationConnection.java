package vn.cchc.api.indicator;

import java.util.List;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.paging.Connection;
import vn.cchc.api.paging.Page;

@Type("ObservationConnection")
@Description("A page of observations (danh sách số liệu).")
public class ObservationConnection extends Connection<ObservationView> {

    public ObservationConnection(Page<ObservationView> page, LongSupplier total) {
        super(page, total);
    }

    @NonNull
    @Description("The observations of this page.")
    public List<@NonNull ObservationView> getNodes() {
        return nodeList();
    }

    @NonNull
    @Description("The observations of this page with their cursors.")
    public List<@NonNull ObservationEdge> getEdges() {
        return edgeList(ObservationEdge::new);
    }
}

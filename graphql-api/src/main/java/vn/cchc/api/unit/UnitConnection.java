package vn.cchc.api.unit;

import java.util.List;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.paging.Connection;
import vn.cchc.api.paging.Page;

@Type("UnitConnection")
@Description("A page of units (danh sách đơn vị).")
public class UnitConnection extends Connection<UnitView> {

    public UnitConnection(Page<UnitView> page, LongSupplier total) {
        super(page, total);
    }

    @NonNull
    @Description("The units of this page.")
    public List<@NonNull UnitView> getNodes() {
        return nodeList();
    }

    @NonNull
    @Description("The units of this page with their cursors.")
    public List<@NonNull UnitEdge> getEdges() {
        return edgeList(UnitEdge::new);
    }
}

package vn.cchc.api.dossier;

import java.util.List;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.paging.Connection;
import vn.cchc.api.paging.Page;

@Type("DossierConnection")
@Description("A page of dossiers (danh sách hồ sơ).")
public class DossierConnection extends Connection<DossierView> {

    public DossierConnection(Page<DossierView> page, LongSupplier total) {
        super(page, total);
    }

    @NonNull
    @Description("The dossiers of this page.")
    public List<@NonNull DossierView> getNodes() {
        return nodeList();
    }

    @NonNull
    @Description("The dossiers of this page with their cursors.")
    public List<@NonNull DossierEdge> getEdges() {
        return edgeList(DossierEdge::new);
    }
}

package vn.cchc.api.document;

import java.util.List;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.paging.Connection;
import vn.cchc.api.paging.Page;

@Type("DocumentConnection")
@Description("A page of documents (danh sách văn bản).")
public class DocumentConnection extends Connection<DocumentView> {

    public DocumentConnection(Page<DocumentView> page, LongSupplier total) {
        super(page, total);
    }

    @NonNull
    @Description("The documents of this page.")
    public List<@NonNull DocumentView> getNodes() {
        return nodeList();
    }

    @NonNull
    @Description("The documents of this page with their cursors.")
    public List<@NonNull DocumentEdge> getEdges() {
        return edgeList(DocumentEdge::new);
    }
}

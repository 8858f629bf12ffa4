package vn.cchc.api.document;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.paging.Edge;

@Type("DocumentEdge")
@Description("A document in a list, with its cursor.")
public class DocumentEdge extends Edge {

    private final DocumentView node;

    DocumentEdge(String cursor, DocumentView node) {
        super(cursor);
        this.node = node;
    }

    @NonNull
    @Description("The document.")
    public DocumentView getNode() {
        return node;
    }
}

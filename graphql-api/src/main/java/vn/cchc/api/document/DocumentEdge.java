package vn.cchc.api.document;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DocumentEdge")
@Description("A document in a list, with its cursor.")
public class DocumentEdge {

    private final String cursor;
    private final DocumentView node;

    DocumentEdge(String cursor, DocumentView node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque cursor of this item; pass it as `after` to read the items that follow.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The document.")
    public DocumentView getNode() {
        return node;
    }
}

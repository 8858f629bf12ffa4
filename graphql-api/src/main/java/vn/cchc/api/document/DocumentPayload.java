package vn.cchc.api.document;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.domain.document.Document;

@Type("DocumentPayload")
@Description("The answer of a document mutation (kết quả): the document as it now is and its new version.")
public class DocumentPayload {

    private final Document changed; // not named "document": SmallRye would read the field as the document field's type

    public DocumentPayload(Document changed) {
        this.changed = changed;
    }

    @NonNull
    @Description("The document after the change.")
    public DocumentView getDocument() {
        return new DocumentView(changed);
    }

    @Description("Its new version (phiên bản mới).")
    public int getVersion() {
        return (int) changed.version();
    }
}

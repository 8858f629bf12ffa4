package vn.cchc.api.document;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.mapping.Enums;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.document.LinkType;

@Type("DocumentLink")
@Description("A link between two documents (văn bản liên quan), seen from one of them.")
public class DocumentLinkView {

    private final LinkType linkType;
    private final Document other;

    DocumentLinkView(LinkType linkType, Document other) {
        this.linkType = linkType;
        this.other = other;
    }

    @NonNull
    @Description("How the source relates to the target (quan hệ).")
    public LinkTypeView getType() {
        return Enums.mirror(linkType, LinkTypeView.class);
    }

    @NonNull
    @Description("The document at the other end of the link (văn bản liên quan).")
    public DocumentView getDocument() {
        return new DocumentView(other);
    }
}

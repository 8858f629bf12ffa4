package vn.cchc.api.document;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.document.DocumentKind;
import vn.cchc.processor.FilterOf;
import vn.cchc.processor.MirrorOf;

@Enum("DocumentKind")
@MirrorOf(DocumentKind.class)
@FilterOf("a document kind (loại văn bản)")
@Description("Kind of document (loại văn bản).")
public enum DocumentKindView {
    @Description("Plan (kế hoạch, KH).")
    PLAN,
    @Description("Decision (quyết định, QĐ).")
    DECISION,
    @Description("Decree (nghị định, NĐ).")
    DECREE,
    @Description("Directive (chỉ thị, CT).")
    DIRECTIVE,
    @Description("Resolution (nghị quyết, NQ).")
    RESOLUTION,
    @Description("Circular (thông tư, TT).")
    CIRCULAR,
    @Description("Report (báo cáo, BC).")
    REPORT,
    @Description("Official letter (công văn, CV or no kind letters).")
    OFFICIAL_LETTER
}

package vn.cchc.api.ingestion;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.processor.MirrorOf;
import vn.cchc.domain.ingestion.FactKind;

@Enum("FactKind")
@MirrorOf(FactKind.class)
@Description("What a proposed fact is about (loại dữ kiện).")
public enum FactKindView {
    @Description("A line of the heading; its key names the field: issuer, number, place, dateLine, title, period (phần đầu).")
    HEADING,
    @Description("A section of the outline; its key is the number path, e.g. II/5/5.1 (mục).")
    SECTION,
    @Description("A paragraph or bullet of a section, word for word; its key is the section path and its place, e.g. II/2#3 (nội dung).")
    ITEM,
    @Description("A document cited with its number; its key is the number (văn bản được trích dẫn).")
    DOCUMENT,
    @Description("A figure: an observation of a standard indicator; its key is the indicator and its breakdown (số liệu).")
    FIGURE,
    @Description("A named unit and its financial autonomy regime (đơn vị).")
    UNIT,
    @Description("A line of the recipients, Nơi nhận (nơi nhận).")
    RECIPIENT,
    @Description("The signer: position and name (người ký).")
    SIGNER
}

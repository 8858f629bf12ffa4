package vn.cchc.api.ingestion;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("OriginRow")
@Description("A kind of row a draft made of an ingestion may hold (loại bản ghi).")
public enum OriginRowView {
    @Description("A figure of a report (số liệu), Observation.id.")
    OBSERVATION("Observation"),
    @Description("A document or plan (văn bản), Document.id.")
    DOCUMENT("Document"),
    @Description("A unit named by a report (đơn vị), Unit.id.")
    UNIT("Unit");

    private final String type;

    OriginRowView(String type) {
        this.type = type;
    }

    /** The type the ingestion records for the row. */
    String type() {
        return type;
    }
}

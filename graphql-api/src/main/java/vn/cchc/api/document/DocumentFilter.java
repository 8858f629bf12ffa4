package vn.cchc.api.document;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.mapping.Enums;
import vn.cchc.api.unit.UnitKindView;
import vn.cchc.domain.document.DocumentCriteria;
import vn.cchc.domain.document.DocumentKind;
import vn.cchc.domain.unit.UnitKind;
import vn.cchc.domain.unit.UnitScope;

@Input("DocumentFilter")
@Description("Which documents to list (bộ lọc văn bản); fields left out match everything, given fields must all match.")
public class DocumentFilter {

    @Description("Only documents of this kind (loại văn bản).")
    public DocumentKindView kind;

    @Description("Only documents issued by the unit with this code (cơ quan ban hành).")
    public String issuerCode;

    @Description("Only documents drafted by the unit with this code for another body (cơ quan tham mưu).")
    public String drafterCode;

    @Description("Only documents issued on or after this day (từ ngày), ISO-8601. Undated documents never match a date bound.")
    public LocalDate issuedFrom;

    @Description("Only documents issued on or before this day (đến ngày), ISO-8601.")
    public LocalDate issuedTo;

    @Description("Words the number or subject must contain (tìm kiếm), in any case, with or without Vietnamese diacritics: "
            + "\"kiem soat thu tuc\" finds \"kiểm soát thủ tục\".")
    public String search;

    @Description("Only documents whose issuer is this unit or below it (cơ quan ban hành thuộc), e.g. a province's code.")
    public String issuerWithinCode;

    @Description("Only documents whose issuer is of this kind (loại cơ quan ban hành), e.g. DEPARTMENT.")
    public UnitKindView issuerKind;

    static DocumentCriteria toCriteria(DocumentFilter filter) {
        return filter == null ? DocumentCriteria.any() : new DocumentCriteria(Enums.mirror(filter.kind, DocumentKind.class),
                filter.issuerCode, filter.drafterCode, filter.issuedFrom, filter.issuedTo, filter.search,
                new UnitScope(filter.issuerWithinCode, Enums.mirror(filter.issuerKind, UnitKind.class)));
    }
}

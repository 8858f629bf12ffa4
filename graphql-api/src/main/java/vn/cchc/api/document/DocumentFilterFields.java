package vn.cchc.api.document;

import org.eclipse.microprofile.graphql.Description;
import vn.cchc.api.filter.DateFilter;
import vn.cchc.api.filter.StringFilter;
import vn.cchc.api.unit.UnitFilter;
import vn.cchc.domain.document.DocumentAttribute;
import vn.cchc.domain.shared.Condition;
import vn.cchc.processor.FilterFields;

@FilterFields(name = "DocumentFilter", attributes = DocumentAttribute.class,
        complement = "the exact complement, documents without a value included",
        description = "Which documents (bộ lọc văn bản): every field given must hold; and / or / not combine filters. E.g. the plans any department of a province issued in Q1 2022: {kind: {eq: PLAN}, issuer: {within: \"NA\", kind: {eq: DEPARTMENT}}, issuedOn: {gte: \"2022-01-01\", lte: \"2022-03-31\"}}.")
public abstract class DocumentFilterFields {

    @Description("The printed number (số hiệu), e.g. {eq: \"56/SKHCN-VP\"}.")
    public StringFilter number;

    @Description("The kind (loại văn bản).")
    public DocumentKindFilter kind;

    @Description("The issue date (ngày ban hành); undated documents match no comparison.")
    public DateFilter issuedOn;

    @Description("The subject (trích yếu), compared exactly; see `search` for words.")
    public StringFilter subject;

    @Description("The issuing unit (cơ quan ban hành) matches this filter, e.g. {within: \"NA\"}.")
    public UnitFilter issuer;

    @Description("The unit that drafted it for another body (cơ quan tham mưu) matches this filter; documents without one never match.")
    public UnitFilter drafter;

    @Description("Words the number or subject must contain (tìm kiếm), in any case, with or without Vietnamese diacritics: \"kiem soat thu tuc\" finds \"kiểm soát thủ tục\".")
    public String search;

    Condition search(String path) {
        return Condition.search(search);
    }
}

package vn.cchc.api.document;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.filter.Conditions;
import vn.cchc.api.filter.DateFilter;
import vn.cchc.api.filter.EntityFilter;
import vn.cchc.api.filter.StringFilter;
import vn.cchc.api.unit.UnitFilter;
import vn.cchc.domain.document.DocumentAttribute;
import vn.cchc.domain.shared.Condition;

@Input("DocumentFilter")
@Description("Which documents (bộ lọc văn bản): every field given must hold; and / or / not combine filters. E.g. the plans any department of a province issued in Q1 2022: {kind: {eq: PLAN}, issuer: {within: \"NA\", kind: {eq: DEPARTMENT}}, issuedOn: {gte: \"2022-01-01\", lte: \"2022-03-31\"}}.")
public class DocumentFilter implements EntityFilter {

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

    // no @NonNull on the elements: on an input field this engine would make the whole list required
    @Description("Every one of these filters holds (và).")
    public List<DocumentFilter> and;

    @Description("At least one of these filters holds (hoặc); [] matches nothing.")
    public List<DocumentFilter> or;

    @Description("This filter does not hold (không): the exact complement, documents without a value included.")
    public DocumentFilter not;

    @Override
    public Condition toCondition(String path) {
        return Conditions.at(path)
                .value("number", number, DocumentAttribute.NUMBER)
                .value("kind", kind, DocumentAttribute.KIND)
                .value("issuedOn", issuedOn, DocumentAttribute.ISSUED_ON)
                .value("subject", subject, DocumentAttribute.SUBJECT)
                .related("issuer", issuer, DocumentAttribute.ISSUER)
                .related("drafter", drafter, DocumentAttribute.DRAFTER)
                .given("search", search, () -> Condition.search(search))
                .build(and, or, not);
    }
}

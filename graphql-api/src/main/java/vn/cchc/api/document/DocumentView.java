package vn.cchc.api.document;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.mapping.Enums;
import vn.cchc.api.unit.UnitView;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.document.DocumentAttribute;
import vn.cchc.domain.document.Plan;
import vn.cchc.processor.ListOf;
import vn.cchc.processor.OrderBy;

@Type("Document")
@Description("A document (văn bản): plan, decision, decree, directive ... Plans (kế hoạch) also have a year, a plan type and tasks.")
@ListOf(page = "documents (danh sách văn bản)", nodes = "documents", edge = "A document", node = "document",
        attributes = DocumentAttribute.class, order = "documents (sắp xếp văn bản)",
        orderBy = {
                @OrderBy(value = "ISSUED_ON", description = "The issue date (ngày ban hành); undated documents last."),
                @OrderBy(value = "NUMBER", description = "The printed number (số hiệu), as text."),
                @OrderBy(value = "KIND", description = "The kind (loại văn bản), by the name of the kind."),
                @OrderBy(value = "SUBJECT", description = "The subject (trích yếu); documents without one last.")})
public class DocumentView {

    private final Document document;

    public DocumentView(Document document) {
        this.document = document;
    }

    Document document() {
        return document;
    }

    @Id
    @NonNull
    @Description("Opaque identifier (mã định danh nội bộ).")
    public String getId() {
        return String.valueOf(document.id());
    }

    @Description("The version (phiên bản): it rises with every change; every change names the version it was made from.")
    public int getVersion() {
        return (int) document.version();
    }

    @NonNull
    @Description("The number as printed (số hiệu), e.g. 01/2022/QĐ-UBND; a bare number such as 17 where the source gives no more.")
    public String getNumber() {
        return document.number().printed();
    }

    @Description("The symbol of the number (ký hiệu), e.g. QĐ-UBND; null for a bare number.")
    public String getSymbol() {
        return document.number().symbol().orElse(null);
    }

    @NonNull
    @Description("Kind of document (loại văn bản).")
    public DocumentKindView getKind() {
        return Enums.mirror(document.kind(), DocumentKindView.class);
    }

    @Description("Issue date (ngày ban hành), ISO-8601; null when the source does not give it.")
    public LocalDate getIssuedOn() {
        return document.issuedOn().orElse(null);
    }

    @Description("The year of the document (năm): the one in its number, else of its issue date; null when neither is known.")
    public Integer getYear() {
        return document.year().orElse(null);
    }

    @NonNull
    @Description("The body that issued the document (cơ quan ban hành).")
    public UnitView getIssuer() {
        return new UnitView(document.issuer());
    }

    @Description("The unit that drafted it for the issuer (cơ quan tham mưu ban hành); null when the issuer drafted it.")
    public UnitView getDrafter() {
        return document.drafter().map(UnitView::new).orElse(null);
    }

    @Description("Subject as printed (trích yếu); null when the source gives none.")
    public String getSubject() {
        return document.subject().orElse(null);
    }

    @Description("The year a plan is for (năm kế hoạch); null for other documents.")
    public Integer getPlanYear() {
        return document instanceof Plan plan ? plan.planYear() : null;
    }

    @Description("What a plan is for (loại kế hoạch); null for other documents.")
    public PlanTypeView getPlanType() {
        return document instanceof Plan plan ? Enums.mirror(plan.planType(), PlanTypeView.class) : null;
    }

    @NonNull
    @Description("A plan's tasks (nhiệm vụ của kế hoạch) by number, all of them: a plan has tens, not thousands; empty for "
            + "other documents. Changed one at a time by addPlanTask, revisePlanTask, reportPlanTaskProgress and removePlanTask.")
    public List<@NonNull PlanTaskView> getTasks() {
        return document instanceof Plan plan ? plan.tasks().stream().map(PlanTaskView::new).toList() : List.of();
    }

    @NonNull
    @Description("Documents this one amends, implements or replaces (văn bản được sửa đổi, thực hiện, thay thế).")
    public List<@NonNull DocumentLinkView> getLinks() {
        return document.links().stream().map(l -> new DocumentLinkView(l.type(), l.target())).toList();
    }
}

package vn.cchc.api.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.cchc.api.area.ReformAreaView;

/**
 * The inputs of the document mutations. Their constraints are checked before the service runs; the domain's rules
 * (the number's form, a date in the number's year, an issuer that exists on that day, ...) follow in the service.
 */
public final class DocumentInputs {

    private DocumentInputs() {
    }

    /** What is recorded of a document, on creation and on every correction alike. */
    public abstract static class DocumentContent {

        @NotBlank
        @Size(max = 80)
        @Description("The number as printed (số hiệu), NUMBER[/YEAR]/SYMBOL, e.g. 56/SKHCN-VP or 01/2022/QĐ-UBND; unique per issuer.")
        public String number;

        @NotNull
        @Description("The kind (loại văn bản); PLAN records a plan (kế hoạch), which needs planYear and planType.")
        public DocumentKindView kind;

        @Description("The issue date (ngày ban hành), ISO-8601, in the year of the number when it names one; none when unknown.")
        public LocalDate issuedOn;

        @NotBlank
        @Size(max = 64)
        @Description("The issuer's unit code (cơ quan ban hành), open on issuedOn.")
        public String issuerCode;

        @Size(max = 64)
        @Description("The unit that drafted it for the issuer (cơ quan tham mưu), when another one.")
        public String drafterCode;

        @Size(max = 1000)
        @Description("The summary as printed (trích yếu).")
        public String subject;

        @Description("For a plan: the year it is for (năm kế hoạch).")
        public Integer planYear;

        @Description("For a plan: what it is for (loại kế hoạch).")
        public PlanTypeView planType;

        @Valid
        @Description("What it amends, implements or replaces (văn bản liên quan): all its links; an update replaces them.")
        public List<DocumentLinkInput> links;
    }

    @Input("DocumentLinkInput")
    @Description("A link from this document to another (liên kết văn bản): \"this AMENDS that\".")
    public static class DocumentLinkInput {

        @NotNull
        @Description("How this document relates to the other.")
        public LinkTypeView type;

        @NotBlank
        @Id
        @Description("The other document's id.")
        public String documentId;
    }

    @Input("CreateDocumentInput")
    @Description("A new document or plan (thêm văn bản, kế hoạch): of an issuer or drafter in the caller's subtree.")
    public static class CreateDocumentInput extends DocumentContent {

        @Description("For a plan: its tasks (nhiệm vụ), numbered 1, 2, ... in this order; later changed one at a time.")
        public List<@Valid PlanTaskInput> tasks;
    }

    @Input("UpdateDocumentInput")
    @Description("A document as it is to be corrected (sửa văn bản): every field, as on creation; a plan stays a plan.")
    public static class UpdateDocumentInput extends DocumentContent {

        @NonNull
        @Id
        @Description("The document (mã văn bản).")
        public String documentId;

        @NonNull
        @Description("The document's version as the client read it (phiên bản); a stale one is refused with CONFLICT.")
        public Integer version;
    }

    @Input("PlanTaskInput")
    @Description("A task as the plan assigns it (giao nhiệm vụ): every field, on creation and on revision alike.")
    public static class PlanTaskInput {

        @NotBlank
        @Size(max = 2000)
        @Description("What is to be done, as written (nội dung nhiệm vụ).")
        public String description;

        @Description("The reform area (lĩnh vực CCHC), if the task is about one.")
        public ReformAreaView area;

        @Size(max = 64)
        @Description("The unit in charge (đơn vị chủ trì), not closed before the plan was issued.")
        public String leadUnitCode;

        @Description("The units that take part (đơn vị phối hợp), each once, not the lead unit, not closed before the plan was issued.")
        public List<String> coordinatingUnitCodes;

        @Description("The deadline (thời hạn), ISO-8601, not before the plan's issue date; none for standing work (thường xuyên).")
        public LocalDate deadline;

        @Size(max = 1000)
        @Description("What it delivers (sản phẩm).")
        public String expectedOutput;
    }

    /** The plan a change of its tasks applies to, the version the client read, and why. */
    public abstract static class OfPlan {

        @NonNull
        @Id
        @Description("The plan (mã văn bản).")
        public String documentId;

        @NonNull
        @Description("The plan's version as the client read it (phiên bản); a stale one is refused with CONFLICT.")
        public Integer version;

        @Size(max = 2000)
        @Description("Why (lý do), kept in the audit trail.")
        public String reason;
    }

    @Input("AddPlanTaskInput")
    @Description("A new task of a plan (thêm nhiệm vụ).")
    public static class AddPlanTaskInput extends OfPlan {

        @Positive
        @Description("Its number in the plan (số thứ tự), not taken; left out: after the highest.")
        public Integer number;

        @NotNull
        @Valid
        @Description("The task.")
        public PlanTaskInput task;
    }

    @Input("RevisePlanTaskInput")
    @Description("A task as it is to be corrected (sửa nhiệm vụ): every field, as when added; its number and progress stay.")
    public static class RevisePlanTaskInput extends OfPlan {

        @NonNull
        @Description("The task's number in the plan (số thứ tự).")
        public Integer number;

        @NotNull
        @Valid
        @Description("The task.")
        public PlanTaskInput task;
    }

    @Input("ReportPlanTaskProgressInput")
    @Description("How far a task got (báo cáo tiến độ nhiệm vụ).")
    public static class ReportPlanTaskProgressInput extends OfPlan {

        @NonNull
        @Description("The task's number in the plan (số thứ tự).")
        public Integer number;

        @NotNull
        @Description("Its status (tiến độ).")
        public PlanTaskStatusView status;

        @Description("For DONE, and only then: the day it was done (ngày hoàn thành), not before the plan's issue date, not after today.")
        public LocalDate completedOn;
    }

    @Input("RemovePlanTaskInput")
    @Description("Remove a task from a plan (xóa nhiệm vụ); the other tasks keep their numbers.")
    public static class RemovePlanTaskInput extends OfPlan {

        @NonNull
        @Description("The task's number in the plan (số thứ tự).")
        public Integer number;
    }
}

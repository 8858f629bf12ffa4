package vn.cchc.api.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

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
}

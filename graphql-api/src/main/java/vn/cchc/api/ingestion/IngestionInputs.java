package vn.cchc.api.ingestion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the ingestion mutations. */
public final class IngestionInputs {

    private IngestionInputs() {
    }

    /** The ingestion a change applies to and the version the client read. */
    public abstract static class OfIngestion {

        @NonNull
        @Id
        @Description("The ingestion (mã lượt nhập báo cáo), as POST /ingest/reports or ingestReport gave it.")
        public String ingestionId;

        @NonNull
        @Description("Its version as the client read it (phiên bản); a stale one is refused with CONFLICT.")
        public Integer version;
    }

    @Input("IngestReportInput")
    @Description("A report file to take in (tệp báo cáo cần nhập): .docx, .doc, .txt or a PDF with text. Larger files "
            + "are better sent to POST /ingest/reports as they are.")
    public static class IngestReportInput {

        @NotBlank
        @Size(max = 64)
        @NonNull
        @Description("The unit whose report it is (mã đơn vị): the caller's own or one below it.")
        public String unitCode;

        @NotBlank
        @Size(max = 255)
        @NonNull
        @Description("The file's name (tên tệp), kept with it; its content, not its name, decides the format.")
        public String fileName;

        @NotBlank
        @NonNull
        @Description("The whole file, base64-encoded (nội dung tệp, mã hóa base64).")
        public String content;

        @Size(max = 40)
        @Description("For a text file, its charset if known (bảng mã), e.g. windows-1258; detected when absent.")
        public String charset;
    }

    @Input("FactValueInput")
    @Description("One value of a fact as the reviewer gives it (giá trị).")
    public static class FactValueInput {

        @NotBlank
        @NonNull
        @Description("Its name, one of the fact kind's: e.g. value, numerator, denominator, issuer, text.")
        public String name;

        @Description("Its value; null or blank removes it.")
        public String value;
    }

    @Input("FactReviewInput")
    @Description("The reviewer's decision on one fact (quyết định về một dữ kiện).")
    public static class FactReviewInput {

        @NotNull
        @NonNull
        @Description("The fact's ordinal (số thứ tự), as IngestedFact.ordinal gives it.")
        public Integer fact;

        @Description("ACCEPTED, REJECTED, or PROPOSED to undo a decision; leave it out when giving values.")
        public FactDecisionView decision;

        @Valid
        @Description("Its values anew (giá trị mới), replacing all it had: an edit, which accepts the fact.")
        public List<FactValueInput> values;
    }

    @Input("ReviewReportIngestionInput")
    @Description("Decisions on facts of an ingestion (xem xét dữ kiện), applied together or not at all.")
    public static class ReviewReportIngestionInput extends OfIngestion {

        @Valid
        @Description("The decisions, in any order; a fact named twice takes the last.")
        public List<FactReviewInput> facts;

        @Description("Then accept every fact still undecided (chấp nhận các dữ kiện còn lại).")
        public Boolean acceptRest;
    }

    @Input("DraftReportFromIngestionInput")
    @Description("The ingestion to make a draft report of (lập báo cáo dự thảo từ tệp) and the version read.")
    public static class DraftReportFromIngestionInput extends OfIngestion {
    }
}

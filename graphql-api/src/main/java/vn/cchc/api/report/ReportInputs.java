package vn.cchc.api.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.cchc.api.analytics.PeriodInput;
import vn.cchc.api.area.ReformAreaView;

/**
 * The inputs of the report mutations. Their constraints are checked before the service runs (each broken one is an
 * error with code REQUIRED, INVALID_LENGTH or OUT_OF_RANGE and the input path); the domain's rules follow in the
 * service. Lengths are the columns'.
 */
public final class ReportInputs {

    private ReportInputs() {
    }

    /** The report a change applies to and the version the client read. */
    public abstract static class OfReport {

        @NonNull
        @Id
        @Description("The report (mã báo cáo).")
        public String reportId;

        @NonNull
        @Description("The report's version as the client read it (phiên bản); a stale one is refused with CONFLICT.")
        public Integer version;
    }

    @Input("CreateReportInput")
    @Description("A new draft report of a unit for a period (tạo báo cáo dự thảo).")
    public static class CreateReportInput {

        @NotBlank
        @Size(max = 64)
        @Description("The reporting unit's code (mã đơn vị), e.g. NA-SKHCN.")
        public String unitCode;

        @NotNull
        @Valid
        @Description("The period reported on (kỳ báo cáo), e.g. {type: QUARTER, year: 2022, number: 2}.")
        public PeriodInput period;

        @NotBlank
        @Size(max = 500)
        @Description("The title (tiêu đề), e.g. \"Công tác cải cách hành chính quý II năm 2022\".")
        public String title;
    }

    @Input("SignerInput")
    @Description("Who signs the report (người ký) and in which position (chức vụ).")
    public static class SignerInput {

        @NotBlank
        @Size(max = 200)
        @Description("Full name as printed (họ và tên).")
        public String name;

        @NotBlank
        @Size(max = 200)
        @Description("Position as printed (chức vụ), e.g. Giám đốc.")
        public String position;
    }

    @Input("UpdateReportHeadingInput")
    @Description("The report's heading (phần đầu báo cáo) as it is to be printed; fields left out are cleared, "
            + "except the title.")
    public static class UpdateReportHeadingInput extends OfReport {

        @NotBlank
        @Size(max = 500)
        @Description("Title (tiêu đề).")
        public String title;

        @Size(max = 80)
        @Description("\"Số\" (số hiệu), a document number such as 56/SKHCN-VP.")
        public String number;

        @Size(max = 100)
        @Description("Place of issue (địa danh).")
        public String place;

        @Size(max = 100)
        @Description("The date line as printed (ngày tháng năm).")
        public String dateLine;

        @Description("Issue date (ngày ban hành), ISO-8601, not before the period begins.")
        public LocalDate issuedOn;

        @Valid
        @Description("The signer (người ký); required before the report is submitted.")
        public SignerInput signer;

        @Description("Recipients as printed (nơi nhận), in order; none blank.")
        public List<String> recipients;
    }

    @Input("ReportItemInput")
    @Description("A paragraph or a \"- \" bullet of a section (nội dung).")
    public static class ReportItemInput {

        @NotBlank
        @Size(max = 4000)
        @Description("The text as printed (nội dung), word for word.")
        public String text;

        @Description("True for a \"- \" bullet, false or left out for a paragraph.")
        public Boolean bullet;

        @Id
        @Description("The ids of the documents it cites (văn bản được trích dẫn), in order: plans, decisions, decrees.")
        public List<String> documents;
    }

    @Input("ReportSectionInput")
    @Description("A numbered section (mục) with its items and, at the top level, its sub-sections.")
    public static class ReportSectionInput {

        @NotBlank
        @Size(max = 16)
        @Description("Its number as printed (số mục): I, II, 1, 5.1 ...")
        public String number;

        @NotBlank
        @Size(max = 500)
        @Description("Its heading (tiêu đề mục).")
        public String heading;

        @Description("The reform area it is about (lĩnh vực), if any; a sub-section without one takes its section's.")
        public ReformAreaView area;

        @Id
        @Description("The ids of the documents its heading cites (văn bản được trích dẫn), in order.")
        public List<String> documents;

        @Description("Its paragraphs and bullets (nội dung), in order; left out: none.")
        public List<@Valid ReportItemInput> items;

        @Description("Sub-sections (mục con): a section has two levels below it at most, I → 1 → 1.1.")
        public List<@Valid ReportSectionInput> subsections;
    }

    @Input("ReplaceReportSectionsInput")
    @Description("The report's whole outline (các phần của báo cáo), replacing the one it had.")
    public static class ReplaceReportSectionsInput extends OfReport {

        @NotNull
        @Description("The top-level sections (các phần, mục), in order, each number once at its level; [] clears the outline.")
        public List<@Valid ReportSectionInput> sections;
    }

    @Input("BreakdownMemberInput")
    @Description("One coordinate of a broken-down figure (phân tổ), e.g. {dimension: \"FIELD\", member: \"NANG_LUONG_NGUYEN_TU\"}.")
    public static class BreakdownMemberInput {

        @NotBlank
        @Size(max = 32)
        @Description("The dimension (chiều phân tích), e.g. FIELD (lĩnh vực) or DOSSIER_KIND (loại hồ sơ); once per figure.")
        public String dimension;

        @NotBlank
        @Size(max = 64)
        @Description("The member of the dimension the figure counts (giá trị), e.g. NANG_LUONG_NGUYEN_TU for FIELD.")
        public String member;

        @Size(max = 300)
        @Description("The member as the source words it (nhãn theo nguồn), e.g. \"năng lượng nguyên tử, an toàn bức xạ hạt nhân\".")
        public String label;
    }

    @Input("ObservationInput")
    @Description("One figure of the report (số liệu): a COUNT or PERCENT indicator takes value, a RATIO indicator takes "
            + "numerator and denominator (x/y, numerator ≤ denominator).")
    public static class ObservationInput {

        @NotBlank
        @Size(max = 64)
        @Description("The indicator (mã chỉ tiêu), e.g. DOSSIERS_ONLINE.")
        public String indicatorCode;

        @Size(max = 64)
        @Description("The unit the figure is about (đơn vị); left out: the report's own unit.")
        public String unitCode;

        @Description("The count or the percentage (giá trị).")
        public Double value;

        @PositiveOrZero
        @Description("x of x/y (tử số).")
        public Integer numerator;

        @Description("y of x/y (mẫu số), greater than 0.")
        public Integer denominator;

        @Description("The slice of the total this figure counts (phân tổ); left out: the total.")
        public List<@Valid BreakdownMemberInput> breakdown;
    }

    @Input("RecordObservationsInput")
    @Description("Every figure the report gives (số liệu báo cáo), replacing those it gave before.")
    public static class RecordObservationsInput extends OfReport {

        @NotNull
        @Description("Every figure (số liệu), each indicator, unit and breakdown once; [] removes every figure the report gave.")
        public List<@Valid ObservationInput> observations;
    }

    @Input("SubmitReportInput")
    @Description("Send the report to the Department of Home Affairs (gửi báo cáo).")
    public static class SubmitReportInput extends OfReport {
    }

    @Input("ReturnReportInput")
    @Description("Home Affairs returns the report for revision (trả lại báo cáo) with the reason.")
    public static class ReturnReportInput extends OfReport {

        @NotBlank
        @Size(max = 2000)
        @Description("Why (lý do trả lại).")
        public String reason;
    }

    @Input("ApproveReportInput")
    @Description("Home Affairs approves the report (duyệt báo cáo).")
    public static class ApproveReportInput extends OfReport {
    }

    @Input("ReviseReportInput")
    @Description("Start a correction of an approved report (tạo bản sửa đổi).")
    public static class ReviseReportInput extends OfReport {

        @Size(max = 2000)
        @Description("Why it is corrected (lý do sửa đổi), kept in the audit trail.")
        public String reason;
    }
}

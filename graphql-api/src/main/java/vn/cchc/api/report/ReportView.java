package vn.cchc.api.report;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.indicator.PeriodView;
import vn.cchc.api.mapping.Enums;
import vn.cchc.api.unit.UnitView;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.report.ReportAttribute;
import vn.cchc.processor.ListOf;
import vn.cchc.processor.OrderBy;

@Type("Report")
@Description("The CCHC report of a unit for a period (báo cáo cải cách hành chính), with its heading as printed, "
        + "its numbered sections, signer and recipients.")
@ListOf(page = "reports (danh sách báo cáo)", nodes = "reports", edge = "A report", node = "report",
        attributes = ReportAttribute.class, order = "reports (sắp xếp báo cáo)",
        orderBy = {
                @OrderBy(value = "PERIOD", description = "The period (kỳ báo cáo): year, then length of period, then number.",
                        attributes = {"PERIOD_YEAR", "PERIOD_TYPE", "PERIOD_NUMBER"}),
                @OrderBy(value = "ISSUED_ON", description = "The issue date (ngày ban hành); undated last."),
                @OrderBy(value = "TITLE", description = "The title (tiêu đề)."),
                @OrderBy(value = "STATUS", description = "The status (trạng thái), by its name.")})
public class ReportView {

    private final Report report;

    public ReportView(Report report) {
        this.report = report;
    }

    /** The report itself, for the fields computed from it elsewhere (its actions); not part of the schema. */
    Report entity() {
        return report;
    }

    /** The entity's id, for loading nested lists of many parents at once; not part of the schema. */
    public long entityId() {
        return report.id();
    }

    @Id
    @NonNull
    @Description("Opaque identifier (mã định danh nội bộ).")
    public String getId() {
        return String.valueOf(report.id());
    }

    @Description("The version (phiên bản): it rises with every change to the report, its outline or its figures; "
            + "every change names the version it was made from.")
    public int getVersion() {
        return (int) report.version();
    }

    @Description("1 for the first report of its unit and period, one more for each correction (lần sửa đổi).")
    public int getRevision() {
        return report.revision();
    }

    @Description("The approved report this one corrects (báo cáo được sửa đổi), or null.")
    public ReportView getRevises() {
        return report.revises().map(ReportView::new).orElse(null);
    }

    @NonNull
    @Description("The reporting unit (đơn vị báo cáo).")
    public UnitView getUnit() {
        return new UnitView(report.unit());
    }

    @NonNull
    @Description("The period reported on (kỳ báo cáo).")
    public PeriodView getPeriod() {
        return new PeriodView(report.period());
    }

    @Description("\"Số\" as printed (số hiệu), possibly incomplete as drafts leave it, e.g. \"/SKHCN-VP\".")
    public String getNumber() {
        return report.printedNumber().orElse(null);
    }

    @Description("Place of issue (địa danh), e.g. Nghệ An.")
    public String getPlace() {
        return report.place().orElse(null);
    }

    @Description("The date line as printed (ngày tháng năm), blanks kept, e.g. \"ngày tháng 3 năm 2022\".")
    public String getDateLine() {
        return report.dateLine().orElse(null);
    }

    @Description("Issue date (ngày ban hành), ISO-8601; null when the report does not give a full date.")
    public LocalDate getIssuedOn() {
        return report.issuedOn().orElse(null);
    }

    @NonNull
    @Description("Title (tiêu đề), e.g. \"Công tác cải cách hành chính quý I năm 2022\".")
    public String getTitle() {
        return report.title();
    }

    @NonNull
    @Description("Where the report stands (trạng thái).")
    public ReportStatusView getStatus() {
        return Enums.mirror(report.status(), ReportStatusView.class);
    }

    @Description("Why Home Affairs returned the report (lý do trả lại); null unless returned.")
    public String getReturnReason() {
        return report.returnReason().orElse(null);
    }

    @Description("Who signed it (người ký).")
    public SignerView getSigner() {
        return report.signer().map(SignerView::new).orElse(null);
    }

    @NonNull
    @Description("Recipients as printed (nơi nhận), in order.")
    public List<@NonNull RecipientView> getRecipients() {
        return report.recipients().stream().map(RecipientView::new).toList();
    }

    @NonNull
    @Description("Top-level sections in order (các phần): I direction and management, II results by reform area, "
            + "III overall assessment, IV directions for the next quarter.")
    public List<@NonNull ReportSectionView> getSections() {
        return report.sections().stream().map(ReportSectionView::new).toList();
    }
}

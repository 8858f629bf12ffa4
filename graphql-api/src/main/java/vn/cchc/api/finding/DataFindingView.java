package vn.cchc.api.finding;

import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.error.Messages;
import vn.cchc.api.indicator.PeriodView;
import vn.cchc.api.mapping.Enums;
import vn.cchc.api.unit.UnitView;
import vn.cchc.domain.finding.Finding;
import vn.cchc.domain.finding.FindingAttribute;
import vn.cchc.domain.finding.FindingRules;
import vn.cchc.processor.ListOf;
import vn.cchc.processor.OrderBy;

@Type("DataFinding")
@Description("A data-quality finding (phát hiện về chất lượng số liệu): what a rule found in one unit's data for one period, "
        + "its evidence, and where it stands.")
@ListOf(page = "data-quality findings (các phát hiện), in the order asked for",
        nodes = "findings", edge = "A data-quality finding", node = "finding",
        attributes = FindingAttribute.class, order = "findings (sắp xếp phát hiện)", ordered = "findings",
        orderBy = {
                @OrderBy(value = "DETECTED_AT", description = "The moment it was first found (thời điểm phát hiện)."),
                @OrderBy(value = "STATUS_CHANGED_AT", description = "The moment its status last changed (thời điểm cập nhật)."),
                @OrderBy(value = "RULE", description = "The rule's code (mã quy tắc)."),
                @OrderBy(value = "STATUS", description = "The status (trạng thái), by its name."),
                @OrderBy(value = "PERIOD_YEAR", description = "The year of its period (năm).")})
public class DataFindingView {

    private final Finding finding;
    private final Locale language;

    DataFindingView(Finding finding, Locale language) {
        this.finding = finding;
        this.language = language;
    }

    @Id
    @NonNull
    @Description("Opaque identifier (mã phát hiện).")
    public String getId() {
        return String.valueOf(finding.id());
    }

    @Description("Its version (phiên bản), to give back when changing its status.")
    public int getVersion() {
        return (int) finding.version();
    }

    @NonNull
    @Description("The rule that found it (quy tắc).")
    public FindingRuleView getRule() {
        return new FindingRuleView(FindingRules.byCode(finding.rule()).orElseThrow(), language);
    }

    @NonNull
    @Description("How much it weighs (mức độ): its rule's severity.")
    public FindingSeverityView getSeverity() {
        return Enums.mirror(finding.severity(), FindingSeverityView.class);
    }

    @NonNull
    @Description("Where it stands (trạng thái).")
    public FindingStatusView getStatus() {
        return Enums.mirror(finding.status(), FindingStatusView.class);
    }

    @NonNull
    @Description("The unit whose data it is about (đơn vị).")
    public UnitView getUnit() {
        return new UnitView(finding.unit());
    }

    @NonNull
    @Description("The period (kỳ báo cáo).")
    public PeriodView getPeriod() {
        return new PeriodView(finding.period());
    }

    @Id
    @Description("The report found wrong (báo cáo), to read with report(id); null for a report that is missing.")
    public String getReportId() {
        return finding.report().map(r -> String.valueOf(r.id())).orElse(null);
    }

    @NonNull
    @Description("What was found (nội dung), in the language the request's Accept-Language asks for: Vietnamese or English.")
    public String getMessage() {
        return Messages.either(language, finding.messageVi(), finding.messageEn());
    }

    @NonNull
    @Description("What was found, in Vietnamese (nội dung).")
    public String getMessageVi() {
        return finding.messageVi();
    }

    @NonNull
    @Description("What was found, in English.")
    public String getMessageEn() {
        return finding.messageEn();
    }

    @NonNull
    @Description("What it points to (bằng chứng), in the rule's order.")
    public List<@NonNull FindingEvidenceView> getEvidence() {
        return finding.evidence().stream().map(FindingEvidenceView::new).toList();
    }

    @Description("Why it was acknowledged, or how it was resolved (ghi chú); null when no comment was given.")
    public String getComment() {
        return finding.comment().orElse(null);
    }

    @NonNull
    @Description("Who moved it last (người cập nhật): the user name; for a move of the rules, whose run of them made it.")
    public String getStatusChangedBy() {
        return finding.changedBy();
    }

    @NonNull
    @Description("When its status last changed (thời điểm cập nhật), ISO-8601 in UTC.")
    public String getStatusChangedAt() {
        return finding.changedAt().toString();
    }

    @NonNull
    @Description("When it was first found (thời điểm phát hiện), ISO-8601 in UTC.")
    public String getDetectedAt() {
        return finding.detectedAt().toString();
    }
}

package vn.cchc.api.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import vn.cchc.api.error.ApiException;
import vn.cchc.api.error.Writes;
import vn.cchc.api.mapping.Enums;
import vn.cchc.api.report.ReportInputs.ApproveReportInput;
import vn.cchc.api.report.ReportInputs.CreateReportInput;
import vn.cchc.api.report.ReportInputs.ObservationInput;
import vn.cchc.api.report.ReportInputs.OfReport;
import vn.cchc.api.report.ReportInputs.RecordObservationsInput;
import vn.cchc.api.report.ReportInputs.ReplaceReportSectionsInput;
import vn.cchc.api.report.ReportInputs.ReportSectionInput;
import vn.cchc.api.report.ReportInputs.ReturnReportInput;
import vn.cchc.api.report.ReportInputs.ReviseReportInput;
import vn.cchc.api.report.ReportInputs.SubmitReportInput;
import vn.cchc.api.report.ReportInputs.UpdateReportHeadingInput;
import vn.cchc.api.security.CurrentCaller;
import vn.cchc.application.report.ReportCommands;
import vn.cchc.application.report.ReportService;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.report.Report;

/**
 * The quarterly report's life over GraphQL. Thin: each mutation turns its input into a command and hands it, with the
 * caller, to the {@link ReportService}; {@link Writes} checks the input's constraints first and turns every broken rule
 * into an error entry.
 */
@GraphQLApi
@ApplicationScoped
public class ReportMutations {

    @Inject
    ReportService service;

    @Inject
    CurrentCaller caller;

    @Inject
    Validator validator;

    @Mutation("createReport")
    @NonNull
    @Description("Starts a draft report (tạo báo cáo dự thảo) of a unit for a period: admin, or a reporter of the unit's "
            + "subtree. The unit must exist during the period, and have no report on it yet (corrections are revisions).")
    public ReportPayload createReport(
            @NonNull @Name("input") @Description("The unit, the period and the title of the new "
                    + "draft (báo cáo dự thảo mới).") CreateReportInput input) {
        return Writes.run(validator, input, () -> payload(service.create(caller.get(),
                new ReportCommands.NewReport(input.unitCode, input.period.value(), input.title))));
    }

    @Mutation("updateReportHeading")
    @NonNull
    @Description("Changes a draft's heading (sửa phần đầu báo cáo): title, number, place, date, signer, recipients.")
    public ReportPayload updateReportHeading(
            @NonNull @Name("input") @Description("The report and its heading as it is to be "
                    + "printed (phần đầu báo cáo).") UpdateReportHeadingInput input) {
        return write(input, id -> service.editHeading(caller.get(), new ReportCommands.Heading(id, input.version,
                input.title, input.number, input.place, input.dateLine, input.issuedOn,
                input.signer == null ? null : input.signer.name, input.signer == null ? null : input.signer.position,
                input.recipients)));
    }

    @Mutation("replaceReportSections")
    @NonNull
    @Description("Writes a draft's outline anew (sửa các phần, mục của báo cáo): its sections, sub-sections and items.")
    public ReportPayload replaceReportSections(
            @NonNull @Name("input") @Description("The report and its whole new outline "
                    + "(các phần, mục của báo cáo).") ReplaceReportSectionsInput input) {
        return write(input, id -> service.replaceSections(caller.get(),
                new ReportCommands.Outline(id, input.version, sections(input.sections))));
    }

    @Mutation("recordObservations")
    @NonNull
    @Description("Records a draft's figures (nhập số liệu báo cáo), replacing those it gave before; items' links to "
            + "the old figures are dropped.")
    public ReportPayload recordObservations(
            @NonNull @Name("input") @Description("The report and every figure it gives (số liệu báo cáo).") RecordObservationsInput input) {
        return write(input, id -> service.recordObservations(caller.get(), figures(id, input)));
    }

    private static ReportCommands.Figures figures(long reportId, RecordObservationsInput input) {
        return new ReportCommands.Figures(reportId, input.version, nonNull(input.observations).stream().map(ReportMutations::figure).toList());
    }

    @Query("checkObservations")
    @Description("Checks a draft's figures as recordObservations would and records nothing (kiểm tra số liệu): true, or "
            + "the errors recordObservations would give, at the same paths (input.observations[N].numerator ...), for an "
            + "editor to show a broken rule at its field while the user types. The version is compared when recording.")
    public boolean checkObservations(
            @NonNull @Name("input") @Description("The report and the figures to check, as recordObservations takes them.") RecordObservationsInput input) {
        return Writes.run(validator, input, () -> {
            service.checkObservations(caller.get(), figures(reportId(input.reportId), input));
            return true;
        });
    }

    @Mutation("submitReport")
    @NonNull
    @Description("Sends a draft or a returned report to Home Affairs (gửi báo cáo); it must be signed.")
    public ReportPayload submitReport(
            @NonNull @Name("input") @Description("The report to send (báo cáo cần gửi) and the version read.") SubmitReportInput input) {
        return write(input, id -> service.submit(caller.get(), new ReportCommands.Decision(id, input.version, null)));
    }

    @Mutation("returnReport")
    @NonNull
    @Description("Home Affairs returns a submitted report for revision (trả lại báo cáo) with the reason.")
    public ReportPayload returnReport(
            @NonNull @Name("input") @Description("The submitted report and why it is returned (lý do trả lại).") ReturnReportInput input) {
        return write(input, id -> service.returnForRevision(caller.get(), new ReportCommands.Decision(id, input.version, input.reason)));
    }

    @Mutation("approveReport")
    @NonNull
    @Description("Home Affairs approves a submitted report (duyệt báo cáo): it and its figures are locked; an approved "
            + "correction supersedes the revision it corrects.")
    public ReportPayload approveReport(
            @NonNull @Name("input") @Description("The submitted report to approve "
                    + "(báo cáo cần duyệt) and the version read.") ApproveReportInput input) {
        return write(input, id -> service.approve(caller.get(), new ReportCommands.Decision(id, input.version, null)));
    }

    @Mutation("reviseReport")
    @NonNull
    @Description("Starts a correction of an approved report (tạo bản sửa đổi): a draft of the next revision with the "
            + "same content and figures; the approved one stays readable until the correction is approved.")
    public ReportPayload reviseReport(
            @NonNull @Name("input") @Description("The approved report to correct (báo cáo cần sửa đổi), "
                    + "the version read and, if given, why.") ReviseReportInput input) {
        return write(input, id -> service.revise(caller.get(), new ReportCommands.Decision(id, input.version, input.reason)));
    }

    private ReportPayload write(OfReport input, Function<Long, Report> change) {
        return Writes.run(validator, input, () -> payload(change.apply(reportId(input.reportId))));
    }

    private static ReportPayload payload(Report report) {
        return new ReportPayload(report);
    }

    /** The report id this API gave out; anything else names no report. */
    private static long reportId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ApiException(List.of(new ApiException.Problem("NOT_FOUND", "input.reportId", "report.unknown",
                    List.of(id), "no report has the id " + id, Map.of())));
        }
    }

    private static List<ReportCommands.Section> sections(List<ReportSectionInput> sections) {
        return nonNull(sections).stream().map(s -> new ReportCommands.Section(s.number, s.heading,
                Enums.mirror(s.area, ReformArea.class), s.documents,
                nonNull(s.items).stream().map(i -> new ReportCommands.Item(i.text, Boolean.TRUE.equals(i.bullet), i.documents)).toList(),
                sections(s.subsections))).toList();
    }

    private static ReportCommands.Figure figure(ObservationInput o) {
        return new ReportCommands.Figure(o.indicatorCode, o.unitCode, o.value,
                o.numerator == null ? null : o.numerator.longValue(), o.denominator == null ? null : o.denominator.longValue(),
                nonNull(o.breakdown).stream().map(b -> new ReportCommands.Slice(b.dimension, b.member, b.label)).toList());
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}

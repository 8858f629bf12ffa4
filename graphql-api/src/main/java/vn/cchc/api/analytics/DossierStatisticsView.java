package vn.cchc.api.analytics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.dossier.DossierChannelView;
import vn.cchc.api.dossier.DossierKindView;
import vn.cchc.api.indicator.PeriodView;
import vn.cchc.api.mapping.Enums;
import vn.cchc.api.procedure.ProcedureFieldView;
import vn.cchc.api.procedure.ProcedureView;
import vn.cchc.api.unit.UnitView;
import vn.cchc.domain.statistics.DossierCounts;
import vn.cchc.domain.statistics.DossierStatistics;

@Type("DossierStatistics")
@Description("The measures of one group of dossiers in one period (số liệu thống kê hồ sơ), as one-stop systems publish "
        + "them. The group is named by the fields of the dimensions grouped by; the others are null. A dossier is to "
        + "process in a period when it was received before the period ends and not closed before it starts; each is then "
        + "either closed in the period (resolved, returned, withdrawn) or in progress at its end, so toProcess = resolved + "
        + "returned + withdrawn + inProgress.")
public class DossierStatisticsView {

    private final DossierStatistics statistics;
    private final DossierCounts counts;

    DossierStatisticsView(DossierStatistics statistics) {
        this.statistics = statistics;
        this.counts = statistics.counts();
    }

    @NonNull
    @Description("The period the measures are for (kỳ): the period asked for, or each year or quarter of it when grouped by YEAR or QUARTER.")
    public PeriodView getPeriod() {
        return new PeriodView(statistics.period());
    }

    @Description("With UNIT: the unit that received the dossiers (đơn vị tiếp nhận).")
    public UnitView getUnit() {
        return UnitView.of(statistics.unit());
    }

    @Description("With UNIT_SUBTREE: the unit whose subtree received the dossiers, itself included (đơn vị tổng hợp).")
    public UnitView getSubtree() {
        return UnitView.of(statistics.subtree());
    }

    @Description("With FIELD: the procedures' field (lĩnh vực).")
    public ProcedureFieldView getField() {
        return statistics.field() == null ? null : new ProcedureFieldView(statistics.field());
    }

    @Description("With PROCEDURE: the procedure (thủ tục).")
    public ProcedureView getProcedure() {
        return statistics.procedure() == null ? null : new ProcedureView(statistics.procedure());
    }

    @Description("With CHANNEL: how the dossiers were submitted (hình thức nộp).")
    public DossierChannelView getChannel() {
        return Enums.mirror(statistics.channel(), DossierChannelView.class);
    }

    @Description("With KIND: what the dossiers ask for (loại hồ sơ).")
    public DossierKindView getKind() {
        return Enums.mirror(statistics.kind(), DossierKindView.class);
    }

    @NonNull
    @Description("Carried over (kỳ trước chuyển sang): received before the period starts and not closed before it starts.")
    public int getCarriedOver() {
        return count(counts.carriedOver());
    }

    @NonNull
    @Description("Received (tiếp nhận trong kỳ): received in the period, by any channel.")
    public int getReceived() {
        return count(counts.received());
    }

    @NonNull
    @Description("To process (tổng số phải giải quyết): carriedOver + received.")
    public int getToProcess() {
        return count(counts.toProcess());
    }

    @NonNull
    @Description("Resolved (đã giải quyết): resolvedEarly + resolvedOnTime + resolvedLate; returned and withdrawn dossiers are not resolved.")
    public int getResolved() {
        return count(counts.resolved());
    }

    @NonNull
    @Description("Resolved early (giải quyết trước hạn): resolved in the period, before the due date.")
    public int getResolvedEarly() {
        return count(counts.resolvedEarly());
    }

    @NonNull
    @Description("Resolved on time (giải quyết đúng hạn): resolved in the period, on the due date.")
    public int getResolvedOnTime() {
        return count(counts.resolvedOnTime());
    }

    @NonNull
    @Description("Resolved late (giải quyết trễ hạn): resolved in the period, after the due date.")
    public int getResolvedLate() {
        return count(counts.resolvedLate());
    }

    @NonNull
    @Description("Returned (trả lại hồ sơ): returned to the applicant unresolved in the period.")
    public int getReturned() {
        return count(counts.returned());
    }

    @NonNull
    @Description("Withdrawn (rút hồ sơ): withdrawn by the applicant in the period.")
    public int getWithdrawn() {
        return count(counts.withdrawn());
    }

    @NonNull
    @Description("In progress (đang giải quyết): received by the end of the period and still open at its end; inProgressNotDue + inProgressOverdue.")
    public int getInProgress() {
        return count(counts.inProgress());
    }

    @NonNull
    @Description("In progress, not yet due (đang giải quyết, chưa đến hạn): open at the end of the period and due on or after its last day.")
    public int getInProgressNotDue() {
        return count(counts.inProgressNotDue());
    }

    @NonNull
    @Description("In progress, overdue (đang giải quyết, quá hạn): open at the end of the period and due before its last day.")
    public int getInProgressOverdue() {
        return count(counts.inProgressOverdue());
    }

    @NonNull
    @Description("Online (tiếp nhận trực tuyến): received in the period and submitted online.")
    public int getOnline() {
        return count(counts.online());
    }

    @NonNull
    @Description("On-time rate (tỷ lệ giải quyết đúng hạn): (resolvedEarly + resolvedOnTime) / resolved.")
    public RateView getOnTimeRate() {
        return new RateView(counts.onTimeRate());
    }

    @NonNull
    @Description("Online rate (tỷ lệ hồ sơ trực tuyến): online / received.")
    public RateView getOnlineRate() {
        return new RateView(counts.onlineRate());
    }

    @NonNull
    @Description("Late rate (tỷ lệ trễ hạn): (resolvedLate + inProgressOverdue) / toProcess.")
    public RateView getLateRate() {
        return new RateView(counts.lateRate());
    }

    private static int count(long count) {
        return Math.toIntExact(count);
    }
}

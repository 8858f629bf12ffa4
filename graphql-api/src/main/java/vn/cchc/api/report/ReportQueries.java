package vn.cchc.api.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import vn.cchc.api.analytics.PeriodInput;
import vn.cchc.api.error.Arguments;
import vn.cchc.api.error.Writes;
import vn.cchc.api.filter.EntityFilter;
import vn.cchc.api.filter.ListCriteria;
import vn.cchc.api.mapping.Enums;
import vn.cchc.api.paging.Batches;
import vn.cchc.api.paging.Paging;
import vn.cchc.api.security.CurrentCaller;
import vn.cchc.api.unit.UnitView;
import vn.cchc.api.unit.UnitFilter;
import vn.cchc.application.report.ReportActions;
import vn.cchc.application.report.ReportsDueService;
import vn.cchc.application.security.Operation;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.report.ReportRepository;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.statistics.PeriodSeries;

@GraphQLApi
@ApplicationScoped
public class ReportQueries {

    private static final String FILTER = "Only the reports matching this filter (lọc báo cáo), among those the caller may "
            + "read; all of those when absent.";

    @Inject
    ReportRepository reports;

    @Inject
    ReportsDueService due;

    @Inject
    CurrentCaller caller;

    @Query("report")
    @Description("The report with this id (báo cáo theo mã), or null when there is none or the caller may not read it: "
            + "anonymous callers read approved reports only, reporters also every report of their own unit's subtree.")
    public ReportView report(@NonNull @Id @Name("id") @Description("The report's id (mã báo cáo), as Report.id gives it.") String id) {
        long reportId;
        try {
            reportId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return null; // an id this API never gave out names no report
        }
        // a report the caller may not read is answered like one that does not exist: its existence is not told either
        return reports.findById(reportId).filter(caller.reports()::allows).map(ReportView::new).orElse(null);
    }

    @Query("reports")
    @NonNull
    @Description("Reports (danh sách báo cáo), newest period first, then by unit code; only those the caller may read "
            + "(anonymous callers: approved and superseded ones; reporters: also drafts of their own unit's subtree).")
    public ReportConnection reports(@Name("filter") @Description(FILTER) ReportFilter filter,
                                    @Name("orderBy") @Description("The order (sắp xếp): keys in turn, ties finally by id; default newest period first, then unit code.") List<ReportOrder> orderBy,
                                    @Name("first") @Description(Paging.FIRST) Integer first,
                                    @Name("after") @Description(Paging.AFTER) String after) {
        return Paging.list(ListCriteria.of(filter, orderBy).and(caller.reports().reports()), first, after, reports::find, reports::count,
                ReportView::new, ReportConnection::new);
    }

    @Query("reportsDue")
    @NonNull
    @Description("Who has not reported yet (chưa báo cáo): for each quarter from `from` through `through` (at most 40), "
            + "the departments and districts open during it that sent Home Affairs no report on it, or whose report was "
            + "returned; by quarter, then unit code. A reporter sees the drafts of its own subtree in `report`.")
    public List<@NonNull ReportDueView> reportsDue(
            @Name("units") @Description("Only these units (đơn vị), e.g. {within: \"NA\"}; default every reporting unit.") UnitFilter units,
            @NonNull @Name("from") @Description("The first quarter (từ quý).") PeriodInput from,
            @Name("through") @Description("The last quarter (đến quý), included; default `from`.") PeriodInput through) {
        caller.require(Operation.READ_ANALYTICS, "reportsDue");
        Period first = PeriodInput.read("from", from);
        Period last = PeriodInput.read("through", through);
        PeriodSeries quarters = Arguments.read("through", () -> PeriodSeries.of(first, last));
        Condition unitCondition = EntityFilter.of(units, "units");
        return Writes.translated(() -> due.due(caller.get(), unitCondition, quarters)).stream().map(ReportDueView::new).toList();
    }

    @NonNull
    @Description("What the caller may do to the report now (thao tác được phép), by its rights on the report's unit "
            + "and the report's status: what the pages offer, and what the mutations accept.")
    public List<@NonNull ReportActionView> actions(@Source ReportView report) {
        return ReportActions.of(caller.get(), report.entity()).stream()
                .map(a -> Enums.mirror(a, ReportActionView.class)).toList();
    }

    @NonNull
    @Description("Reports this unit wrote (báo cáo của đơn vị), newest period first.")
    public ReportConnection reports(@Source UnitView unit, @Name("filter") @Description(FILTER) ReportFilter filter,
                                    @Name("orderBy") @Description("The order (sắp xếp): keys in turn, ties finally by id; default newest period first, then unit code.") List<ReportOrder> orderBy,
                                    @Name("first") @Description(Paging.FIRST) Integer first,
                                    @Name("after") @Description(Paging.AFTER) String after) {
        return Batches.nested(unit, "Unit.reports", ListCriteria.of(filter, orderBy).and(caller.reports().reports()), first, after, UnitView::entityId,
                reports::findOfUnits, ReportView::new, ReportConnection::new);
    }

}

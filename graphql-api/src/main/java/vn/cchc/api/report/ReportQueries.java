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
import vn.cchc.api.filter.ListCriteria;
import vn.cchc.api.paging.Batches;
import vn.cchc.api.paging.Paging;
import vn.cchc.api.security.CurrentCaller;
import vn.cchc.api.unit.UnitView;
import vn.cchc.domain.report.ReportRepository;

@GraphQLApi
@ApplicationScoped
public class ReportQueries {

    private static final String FILTER = "Only the reports matching this filter (lọc báo cáo), among those the caller may "
            + "read; all of those when absent.";

    @Inject
    ReportRepository reports;

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

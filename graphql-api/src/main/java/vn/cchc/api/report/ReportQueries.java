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
import vn.cchc.api.unit.UnitView;
import vn.cchc.domain.report.ReportRepository;

@GraphQLApi
@ApplicationScoped
public class ReportQueries {

    @Inject
    ReportRepository reports;

    @Query("report")
    @Description("The report with this id (báo cáo theo mã), or null.")
    public ReportView report(@NonNull @Id @Name("id") String id) {
        long reportId;
        try {
            reportId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return null; // an id this API never gave out names no report
        }
        return reports.findById(reportId).map(ReportView::new).orElse(null);
    }

    @Query("reports")
    @NonNull
    @Description("Reports (danh sách báo cáo), newest period first, then by unit code, unless ordered otherwise.")
    public ReportConnection reports(@Name("filter") ReportFilter filter, @Name("orderBy") @Description("The order (sắp xếp): keys in turn, ties finally by id; default newest period first, then unit code.") List<ReportOrder> orderBy,
                                    @Name("first") Integer first, @Name("after") String after) {
        return Paging.list(ListCriteria.of(filter, orderBy), first, after, reports::find, reports::count,
                ReportView::new, ReportConnection::new);
    }

    @NonNull
    @Description("Reports this unit wrote (báo cáo của đơn vị), newest period first.")
    public ReportConnection reports(@Source UnitView unit, @Name("filter") ReportFilter filter, @Name("orderBy") @Description("The order (sắp xếp): keys in turn, ties finally by id; default newest period first, then unit code.") List<ReportOrder> orderBy,
                                    @Name("first") Integer first, @Name("after") String after) {
        return Batches.nested(unit, "Unit.reports", ListCriteria.of(filter, orderBy), first, after, UnitView::entityId,
                reports::findOfUnits, ReportView::new, ReportConnection::new);
    }

}

package vn.cchc.api.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import vn.cchc.api.error.Arguments;
import vn.cchc.api.filter.ListCriteria;
import vn.cchc.api.security.CurrentCaller;
import vn.cchc.application.security.Operation;
import vn.cchc.api.paging.Batches;
import vn.cchc.api.paging.Paging;
import vn.cchc.api.unit.UnitView;
import vn.cchc.domain.procedure.ProcedureRepository;
import vn.cchc.domain.statistics.PeriodSeries;

@GraphQLApi
@ApplicationScoped
public class ProcedureQueries {

    /** The most days one {@code onlineServiceOn} may ask: the last days of the periods of the longest series. */
    static final int MAX_DAYS = PeriodSeries.MAX_PERIODS;

    private static final String FILTER = "Only the procedures matching this filter (lọc thủ tục); all of them when absent.";

    @Inject
    CurrentCaller caller;

    @Inject
    ProcedureRepository procedures;

    @Query("procedure")
    @Description("The administrative procedure with this code (thủ tục hành chính theo mã), or null.")
    public ProcedureView procedure(
            @NonNull @Name("code") @Description("The procedure's code in this system (mã thủ tục), not its national code.") String code) {
        caller.require(Operation.READ_DIRECTORY, "procedure");
        return procedures.findByCode(code).map(ProcedureView::new).orElse(null);
    }

    @Query("procedures")
    @NonNull
    @Description("Administrative procedures (danh sách thủ tục hành chính), by code unless ordered otherwise.")
    public ProcedureConnection procedures(@Name("filter") @Description(FILTER) ProcedureFilter filter,
                                          @Name("orderBy") @Description("The order (sắp xếp): keys in turn, ties finally by id; default by code.") List<ProcedureOrder> orderBy,
                                          @Name("first") @Description(Paging.FIRST) Integer first,
                                          @Name("after") @Description(Paging.AFTER) String after) {
        caller.require(Operation.READ_DIRECTORY, "procedures");
        return Paging.list(ListCriteria.of(filter, orderBy), first, after, procedures::find, procedures::count,
                ProcedureView::new, ProcedureConnection::new);
    }

    @Query("procedureFields")
    @NonNull
    @Description("Every procedure field (lĩnh vực thủ tục hành chính), ordered by code.")
    public List<@NonNull ProcedureFieldView> procedureFields() {
        caller.require(Operation.READ_DIRECTORY, "procedureFields");
        return procedures.allFields().stream().map(ProcedureFieldView::new).toList();
    }

    @NonNull
    @Description("The procedure's online service level on each of these days (mức độ dịch vụ công trực tuyến theo ngày): "
            + "one entry per day asked, in the order asked. The histories of a page of procedures are read together, "
            + "not one by one.")
    public List<@NonNull OnlineServiceOnDayView> onlineServiceOn(@Source ProcedureView procedure,
            @NonNull @Name("days") @Description("The days (các ngày), at most " + MAX_DAYS + "; more are refused "
                    + "with " + Arguments.BAD_ARGUMENT + ". [] answers [].") List<@NonNull LocalDate> days) {
        if (days.size() > MAX_DAYS) {
            throw Arguments.invalid("days", "at most " + MAX_DAYS + " days, got " + days.size());
        }
        return days.stream().map(procedure::onlineServiceOn).toList();
    }

    @NonNull
    @Description("Administrative procedures this unit is competent to resolve (thủ tục thuộc thẩm quyền giải quyết).")
    public ProcedureConnection procedures(@Source UnitView unit, @Name("filter") @Description(FILTER) ProcedureFilter filter,
                                          @Name("orderBy") @Description("The order (sắp xếp): keys in turn, ties finally by id; default by code.") List<ProcedureOrder> orderBy,
                                          @Name("first") @Description(Paging.FIRST) Integer first,
                                          @Name("after") @Description(Paging.AFTER) String after) {
        caller.require(Operation.READ_DIRECTORY, "Unit.procedures");
        return Batches.nested(unit, "Unit.procedures", ListCriteria.of(filter, orderBy), first, after, UnitView::entityId,
                procedures::findOfCompetentUnits, ProcedureView::new, ProcedureConnection::new);
    }

}

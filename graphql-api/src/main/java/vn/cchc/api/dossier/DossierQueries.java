package vn.cchc.api.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import vn.cchc.api.filter.ListCriteria;
import vn.cchc.api.security.CurrentCaller;
import vn.cchc.application.security.Operation;
import vn.cchc.api.paging.Batches;
import vn.cchc.api.paging.Paging;
import vn.cchc.api.procedure.ProcedureView;
import vn.cchc.api.unit.UnitView;
import vn.cchc.domain.dossier.DossierAttribute;
import vn.cchc.domain.dossier.DossierRepository;

@GraphQLApi
@ApplicationScoped
public class DossierQueries {

    private static final String FILTER = "Only the dossiers matching this filter (lọc hồ sơ); all of them when absent.";

    @Inject
    CurrentCaller caller;

    @Inject
    DossierRepository dossiers;

    @Query("dossier")
    @Description("The dossier a unit numbered so (hồ sơ theo mã), or null; codes are unique per unit.")
    public DossierView dossier(
            @NonNull @Name("unitCode") @Description("The code of the unit that received it (mã đơn vị tiếp nhận).") String unitCode,
            @NonNull @Name("code") @Description("The code the one-stop system gave it (mã hồ sơ), unique within its unit.") String code) {
        caller.require(Operation.READ_DIRECTORY, "dossier");
        return dossiers.findByCode(unitCode, code).map(DossierView::new).orElse(null);
    }

    @Query("dossiers")
    @NonNull
    @Description("Dossiers (danh sách hồ sơ), by received date, then unit and code, unless ordered otherwise.")
    public DossierConnection dossiers(@Name("filter") @Description(FILTER) DossierFilter filter,
                                      @Name("orderBy") @Description("The order (sắp xếp): keys in turn, ties finally by id; default by received date, then unit and code.") List<DossierOrder> orderBy,
                                      @Name("first") @Description(Paging.FIRST) Integer first,
                                      @Name("after") @Description(Paging.AFTER) String after) {
        caller.require(Operation.READ_DIRECTORY, "dossiers");
        return Paging.list(ListCriteria.of(filter, orderBy), first, after, dossiers::find, dossiers::count,
                DossierView::new, DossierConnection::new);
    }

    @NonNull
    @Description("Dossiers this unit received (hồ sơ tiếp nhận); the filter narrows them.")
    public DossierConnection dossiers(@Source UnitView unit, @Name("filter") @Description(FILTER) DossierFilter filter,
                                      @Name("orderBy") @Description("The order (sắp xếp): keys in turn, ties finally by id; default by received date, then unit and code.") List<DossierOrder> orderBy,
                                      @Name("first") @Description(Paging.FIRST) Integer first,
                                      @Name("after") @Description(Paging.AFTER) String after) {
        caller.require(Operation.READ_DIRECTORY, "Unit.dossiers");
        return Batches.nested(unit, "Unit.dossiers", ListCriteria.of(filter, orderBy), first, after, UnitView::entityId,
                (ids, criteria, page) -> dossiers.findPerParent(DossierAttribute.UNIT, ids, criteria, page),
                DossierView::new, DossierConnection::new);
    }

    @NonNull
    @Description("Dossiers for this procedure (hồ sơ của thủ tục); the filter narrows them.")
    public DossierConnection dossiers(@Source ProcedureView procedure, @Name("filter") @Description(FILTER) DossierFilter filter,
                                      @Name("orderBy") @Description("The order (sắp xếp): keys in turn, ties finally by id; default by received date, then unit and code.") List<DossierOrder> orderBy,
                                      @Name("first") @Description(Paging.FIRST) Integer first,
                                      @Name("after") @Description(Paging.AFTER) String after) {
        caller.require(Operation.READ_DIRECTORY, "Procedure.dossiers");
        return Batches.nested(procedure, "Procedure.dossiers", ListCriteria.of(filter, orderBy), first, after,
                ProcedureView::entityId,
                (ids, criteria, page) -> dossiers.findPerParent(DossierAttribute.PROCEDURE, ids, criteria, page),
                DossierView::new, DossierConnection::new);
    }

}

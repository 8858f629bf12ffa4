package vn.cchc.api.unit;

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
import vn.cchc.domain.unit.UnitRepository;

@GraphQLApi
@ApplicationScoped
public class UnitQueries {

    private static final String FILTER = "Only the units matching this filter (lọc đơn vị); all of them when absent.";

    @Inject
    CurrentCaller caller;

    @Inject
    UnitRepository units;

    @Query("unit")
    @Description("The unit with this code (đơn vị theo mã), or null when there is none.")
    public UnitView unit(@NonNull @Name("code") @Description("The unit's code (mã đơn vị), e.g. NA-SKHCN.") String code) {
        caller.require(Operation.READ_DIRECTORY, "unit");
        return units.findByCode(code).map(UnitView::new).orElse(null);
    }

    @Query("units")
    @NonNull
    @Description("Units (danh sách đơn vị), by code unless ordered otherwise.")
    public UnitConnection units(@Name("filter") @Description(FILTER) UnitFilter filter,
                                @Name("orderBy") @Description("The order (sắp xếp): keys in turn, ties finally by id; default by code.") List<UnitOrder> orderBy,
                                @Name("first") @Description(Paging.FIRST) Integer first,
                                @Name("after") @Description(Paging.AFTER) String after) {
        caller.require(Operation.READ_DIRECTORY, "units");
        return Paging.list(ListCriteria.of(filter, orderBy), first, after, units::find, units::count, UnitView::new,
                UnitConnection::new);
    }

    @NonNull
    @Description("The units directly below this one (đơn vị trực thuộc), by code unless ordered otherwise.")
    public UnitConnection children(@Source UnitView unit, @Name("filter") @Description(FILTER) UnitFilter filter,
                                   @Name("orderBy") @Description("The order (sắp xếp): keys in turn, ties finally by id; default by code.") List<UnitOrder> orderBy,
                                   @Name("first") @Description(Paging.FIRST) Integer first,
                                   @Name("after") @Description(Paging.AFTER) String after) {
        caller.require(Operation.READ_DIRECTORY, "Unit.children");
        return Batches.nested(unit, "Unit.children", ListCriteria.of(filter, orderBy), first, after, UnitView::entityId,
                units::findChildren, UnitView::new, UnitConnection::new);
    }

}

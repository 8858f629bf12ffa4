package vn.cchc.api.indicator;

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
import vn.cchc.api.report.ReportView;
import vn.cchc.api.unit.UnitView;
import vn.cchc.domain.indicator.IndicatorRepository;
import vn.cchc.domain.indicator.ObservationAttribute;
import vn.cchc.domain.indicator.ObservationRepository;

@GraphQLApi
@ApplicationScoped
public class IndicatorQueries {

    private static final String FILTER = "Only the observations matching this filter (lọc số liệu), among those the caller "
            + "may see; all of those when absent.";

    @Inject
    CurrentCaller caller;

    @Inject
    IndicatorRepository indicators;

    @Inject
    ObservationRepository observations;

    @Query("indicators")
    @NonNull
    @Description("The indicator catalogue (danh mục chỉ tiêu), by reform area, then code.")
    public List<@NonNull IndicatorView> indicators() {
        caller.require(Operation.READ_DIRECTORY, "indicators");
        List<IndicatorView> all = indicators.all().stream().map(IndicatorView::new).toList();
        Batches.register(all);
        return all;
    }

    @Query("indicator")
    @Description("The indicator with this code (chỉ tiêu theo mã), or null.")
    public IndicatorView indicator(
            @NonNull @Name("code") @Description("The indicator's code (mã chỉ tiêu), e.g. DOSSIERS_ONLINE.") String code) {
        caller.require(Operation.READ_DIRECTORY, "indicator");
        return indicators.findByCode(code).map(IndicatorView::new).orElse(null);
    }

    @Query("observations")
    @NonNull
    @Description("Observations (số liệu chỉ tiêu), by period, indicator, unit, then breakdown. Each caller sees those of "
            + "the reports it may read (anonymous callers: approved reports only) and, once authenticated, computed ones.")
    public ObservationConnection observations(@Name("filter") @Description(FILTER) ObservationFilter filter,
                                              @Name("orderBy") @Description("The order (sắp xếp): keys in turn, ties finally by id; default by period, indicator, unit, breakdown.") List<ObservationOrder> orderBy,
                                              @Name("first") @Description(Paging.FIRST) Integer first,
                                              @Name("after") @Description(Paging.AFTER) String after) {
        return Paging.list(ListCriteria.of(filter, orderBy).and(caller.reports().observations()), first, after, observations::find, observations::count,
                ObservationView::new, ObservationConnection::new);
    }

    @NonNull
    @Description("Observations about this unit (số liệu của đơn vị); the filter narrows them.")
    public ObservationConnection observations(@Source UnitView unit, @Name("filter") @Description(FILTER) ObservationFilter filter,
                                              @Name("orderBy") @Description("The order (sắp xếp): keys in turn, ties finally by id; default by period, indicator, unit, breakdown.") List<ObservationOrder> orderBy,
                                              @Name("first") @Description(Paging.FIRST) Integer first,
                                              @Name("after") @Description(Paging.AFTER) String after) {
        return Batches.nested(unit, "Unit.observations", ListCriteria.of(filter, orderBy).and(caller.reports().observations()), first, after, UnitView::entityId,
                (ids, criteria, page) -> observations.findPerParent(ObservationAttribute.UNIT, ids, criteria, page),
                ObservationView::new, ObservationConnection::new);
    }

    @NonNull
    @Description("Observations of this indicator (số liệu của chỉ tiêu); the filter narrows them.")
    public ObservationConnection observations(@Source IndicatorView indicator,
                                              @Name("filter") @Description(FILTER) ObservationFilter filter,
                                              @Name("orderBy") @Description("The order (sắp xếp): keys in turn, ties finally by id; default by period, indicator, unit, breakdown.") List<ObservationOrder> orderBy,
                                              @Name("first") @Description(Paging.FIRST) Integer first,
                                              @Name("after") @Description(Paging.AFTER) String after) {
        return Batches.nested(indicator, "Indicator.observations", ListCriteria.of(filter, orderBy).and(caller.reports().observations()), first, after,
                IndicatorView::entityId,
                (ids, criteria, page) -> observations.findPerParent(ObservationAttribute.INDICATOR, ids, criteria, page),
                ObservationView::new, ObservationConnection::new);
    }

    @NonNull
    @Description("The figures this report gives (số liệu trong báo cáo); the filter narrows them.")
    public ObservationConnection observations(@Source ReportView report, @Name("filter") @Description(FILTER) ObservationFilter filter,
                                              @Name("orderBy") @Description("The order (sắp xếp): keys in turn, ties finally by id; default by period, indicator, unit, breakdown.") List<ObservationOrder> orderBy,
                                              @Name("first") @Description(Paging.FIRST) Integer first,
                                              @Name("after") @Description(Paging.AFTER) String after) {
        return Batches.nested(report, "Report.observations", ListCriteria.of(filter, orderBy).and(caller.reports().observations()), first, after,
                ReportView::entityId,
                (ids, criteria, page) -> observations.findPerParent(ObservationAttribute.REPORT, ids, criteria, page),
                ObservationView::new, ObservationConnection::new);
    }

}

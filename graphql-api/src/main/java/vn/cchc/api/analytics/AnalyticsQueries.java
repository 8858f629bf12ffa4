package vn.cchc.api.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import vn.cchc.api.dossier.DossierFilter;
import vn.cchc.api.error.Arguments;
import vn.cchc.api.filter.EntityFilter;
import vn.cchc.api.indicator.ObservationSourceView;
import vn.cchc.api.mapping.Enums;
import vn.cchc.api.security.CurrentCaller;
import vn.cchc.api.unit.UnitFilter;
import vn.cchc.application.analytics.RankingService;
import vn.cchc.application.security.Operation;
import vn.cchc.domain.indicator.IndicatorRepository;
import vn.cchc.domain.indicator.ObservationSource;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.PeriodWindows;
import vn.cchc.domain.period.ReportingCalendar;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.statistics.DossierDimension;
import vn.cchc.domain.statistics.DossierRate;
import vn.cchc.domain.statistics.DossierStatisticsCriteria;
import vn.cchc.domain.statistics.DossierStatisticsQuery;
import vn.cchc.domain.statistics.ObservationSeriesQuery;
import vn.cchc.domain.statistics.PeriodSeries;
import vn.cchc.domain.statistics.RankingOrder;
import vn.cchc.domain.statistics.StatisticsRepository;

@GraphQLApi
@ApplicationScoped
public class AnalyticsQueries {

    private static final String UNITS = "The units (nhóm đơn vị), picked as everywhere else: {kind: {eq: DEPARTMENT}, "
            + "within: \"NA\"} for the departments of a province, {code: {in: [\"NA-SKHCN\"]}}; {} for every unit.";

    private static final String FROM = "The first period (từ kỳ), e.g. {type: QUARTER, year: 2024, number: 1}; the periods "
            + "run from it to `to`.";

    @Inject
    CurrentCaller caller;

    @Inject
    StatisticsRepository statistics;

    @Inject
    IndicatorRepository indicators;

    @Inject
    RankingService rankings;

    @Inject
    ReportingCalendar calendar;

    private static final String WINDOW = "each period counts (kỳ số liệu): CALENDAR (default) its calendar days, "
            + "REPORTING the window its report gives under the reporting calendar (the period's `reporting`), e.g. quý I năm "
            + "2022 from 2021-12-15 to 2022-03-14 under Công văn 581/BNV-CCHC.";

    @Query("dossierStatistics")
    @NonNull
    @Description("Dossier statistics (thống kê hồ sơ) for a period, or for each year or quarter from `period` through "
            + "`through`, grouped by any combination of dimensions; ordered by period, then the groups' codes. Groups "
            + "without any dossier to process are left out; with no dimension but time, each period has one row, zeros "
            + "included. A scope of several periods needs YEAR or QUARTER; at most 40 periods.")
    public List<@NonNull DossierStatisticsView> dossierStatistics(
            @NonNull @Name("period") @Description("The period counted (kỳ thống kê), or with `through` the first of the scope, "
                    + "which runs from its start to the end of `through`.") PeriodInput period,
            @Name("through") @Description("The last period of the scope (đến kỳ), included; default `period`.") PeriodInput through,
            @NonNull @Name("groupBy") @Description("What to group by (chiều thống kê), in any combination: YEAR or QUARTER gives "
                    + "a row per period, the others groups within it; [] one row.") List<@NonNull DossierDimensionView> groupBy,
            @Name("filter") @Description("Only the dossiers matching this filter count (bộ lọc hồ sơ), e.g. {unit: {within: \"NA\"}}.") DossierFilter filter,
            @Name("subtrees") @Description("With UNIT_SUBTREE: the units to roll up into (đơn vị tổng hợp), e.g. {kind: {eq: DEPARTMENT}}; "
                    + "default every unit. Each counts the dossiers of its subtree that the filter lets through.") UnitFilter subtrees,
            @Name("window") @Description("Which days " + WINDOW + " Rows still name the period; with QUARTER or YEAR each period "
                    + "counts its own window.") PeriodWindowView window) {
        caller.require(Operation.READ_ANALYTICS, "dossierStatistics");
        Period first = PeriodInput.read("period", period);
        Period last = PeriodInput.read("through", through);
        EnumSet<DossierDimension> dimensions = EnumSet.noneOf(DossierDimension.class);
        groupBy.forEach(d -> dimensions.add(Enums.mirror(d, DossierDimension.class)));
        PeriodWindows windows = PeriodWindowView.of(window, calendar);
        DossierStatisticsQuery query = Arguments.read(through == null ? "groupBy" : "through",
                () -> new DossierStatisticsQuery(first, last, dimensions, new DossierStatisticsCriteria(
                        EntityFilter.of(filter, "filter"), EntityFilter.of(subtrees, "subtrees")), windows));
        return statistics.dossierStatistics(query).stream().map(DossierStatisticsView::new).toList();
    }

    @Query("observationSeries")
    @NonNull
    @Description("An indicator's totals (chuỗi số liệu chỉ tiêu) for each selected unit, by code, over the periods from "
            + "`from` to `to` (of one type, at most 40), every period present, with the change from the period before and "
            + "from the same period a year before. With rollUp, each unit sums its whole subtree: counts add up, ratios add "
            + "numerators and denominators (4/9 + 1/1 = 5/10, never an average of percentages); a PERCENT indicator cannot "
            + "be added up and is refused with NOT_ADDITIVE. Empty for an unknown indicator code. Reported figures count once "
            + "Home Affairs has them: reports SUBMITTED or APPROVED, a submitted correction in place of the revision it corrects; "
            + "drafts and returned reports do not count.")
    public List<@NonNull ObservationSeriesView> observationSeries(
            @NonNull @Name("indicatorCode") @Description("The indicator's code (mã chỉ tiêu), e.g. DOSSIERS_ONLINE.") String indicatorCode,
            @NonNull @Name("units") @Description(UNITS) UnitFilter units,
            @NonNull @Name("from") @Description(FROM) PeriodInput from,
            @Name("to") @Description("The last period (đến kỳ), of the type of `from`; default `from`.") PeriodInput to,
            @Name("rollUp") @Description("true: each unit with every unit below it (tổng hợp theo cây); default false: its own figures.") Boolean rollUp,
            @Name("source") @Description("Reported or computed figures (nguồn số liệu); default REPORTED.") ObservationSourceView source) {
        caller.require(Operation.READ_ANALYTICS, "observationSeries");
        PeriodSeries periods = series(from, to);
        return indicators.findByCode(indicatorCode)
                .map(indicator -> Arguments.read("rollUp", () -> new ObservationSeriesQuery(indicator,
                        units.toCondition("units"), periods, Boolean.TRUE.equals(rollUp),
                        Enums.mirror(source, ObservationSource.class))))
                .map(query -> statistics.observationSeries(query).stream().map(ObservationSeriesView::new).toList())
                .orElse(List.of());
    }

    @Query("ranking")
    @Description("The selected units ranked (xếp hạng đơn vị) for a period by either an indicator (their own reported "
            + "totals) or a dossier rate (the dossiers of each unit and every unit below it). The order defaults to the "
            + "better end first: the indicator's higherIsBetter (the highest first when it has none), the rate's own. "
            + "Null for an unknown indicator code. Reported figures count as in observationSeries (reports sent to Home Affairs).")
    public RankingView ranking(
            @NonNull @Name("period") @Description("The period ranked (kỳ xếp hạng); the previous rank and value are those of "
                    + "the period before it.") PeriodInput period,
            @NonNull @Name("units") @Description(UNITS) UnitFilter units,
            @Name("indicatorCode") @Description("Rank by this indicator (chỉ tiêu); give this or dossierRate.") String indicatorCode,
            @Name("dossierRate") @Description("Rank by this dossier rate (tỷ lệ hồ sơ); give this or indicatorCode.") DossierRateView dossierRate,
            @Name("order") @Description("Which end is ranked 1 (thứ tự); default the better end.") RankingOrderView order,
            @Name("source") @Description("For an indicator: reported or computed figures (nguồn số liệu); default REPORTED.") ObservationSourceView source,
            @Name("window") @Description("With dossierRate, which days " + WINDOW + " The previous period counts its own window too; "
                    + "an indicator's figures are its reports' own, so REPORTING is refused with indicatorCode.") PeriodWindowView window) {
        caller.require(Operation.READ_ANALYTICS, "ranking");
        if ((indicatorCode == null) == (dossierRate == null)) {
            throw Arguments.invalid("indicatorCode", "give either indicatorCode or dossierRate, not both or neither");
        }
        if (indicatorCode != null && window == PeriodWindowView.REPORTING) {
            throw Arguments.invalid("window", "REPORTING counts dossiers over a reporting window: give it with dossierRate; "
                    + "an indicator's figures are as its reports give them");
        }
        Period when = PeriodInput.read("period", period);
        Condition selection = units.toCondition("units");
        Optional<RankingOrder> asked = Optional.ofNullable(Enums.mirror(order, RankingOrder.class));
        if (dossierRate != null) {
            return new RankingView(rankings.byDossierRate(Enums.mirror(dossierRate, DossierRate.class), selection, when, asked,
                    PeriodWindowView.of(window, calendar)));
        }
        ObservationSource figures = Optional.ofNullable(Enums.mirror(source, ObservationSource.class)).orElse(ObservationSource.REPORTED);
        return rankings.byIndicator(indicatorCode, selection, when, asked, figures).map(RankingView::new).orElse(null);
    }

    @Query("reportedVersusComputed")
    @NonNull
    @Description("Reported and computed dossier figures side by side (đối chiếu số liệu báo cáo với dữ liệu hồ sơ): for "
            + "each selected unit and period from `from` to `to` (at most 40) where the unit's subtree had dossiers to "
            + "process, DOSSIERS_RECEIVED, DOSSIERS_RESOLVED, DOSSIERS_ONLINE and DOSSIERS_LATE as the unit reported them and "
            + "as its dossiers give them, with the difference; ordered by unit code, period, then indicator code.")
    public List<@NonNull ReportedVersusComputedView> reportedVersusComputed(
            @NonNull @Name("units") @Description(UNITS) UnitFilter units,
            @NonNull @Name("from") @Description(FROM) PeriodInput from,
            @Name("to") @Description("The last period (đến kỳ), of the type of `from`; default `from`.") PeriodInput to,
            @Name("window") @Description("Which days the computed side of " + WINDOW + " REPORTING compares a report with the "
                    + "days it had to give data for, as the data-quality rule REPORTED_VS_COMPUTED does.") PeriodWindowView window) {
        caller.require(Operation.READ_ANALYTICS, "reportedVersusComputed");
        return statistics.reportedVersusComputed(units.toCondition("units"), series(from, to), PeriodWindowView.of(window, calendar))
                .stream().map(ReportedVersusComputedView::new).toList();
    }

    private static PeriodSeries series(PeriodInput from, PeriodInput to) {
        Period first = PeriodInput.read("from", from);
        Period last = PeriodInput.read("to", to);
        return Arguments.read("to", () -> PeriodSeries.of(first, last));
    }
}

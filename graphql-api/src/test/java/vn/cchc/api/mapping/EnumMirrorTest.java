package vn.cchc.api.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API's enums and the domain's must name the same constants, or a value could not cross the boundary. */
class EnumMirrorTest {

    private static final Map<Class<? extends Enum<?>>, Class<? extends Enum<?>>> MIRRORS = Map.ofEntries(
            Map.entry(vn.cchc.domain.unit.UnitKind.class, vn.cchc.api.unit.UnitKindView.class),
            Map.entry(vn.cchc.domain.unit.AutonomyRegime.class, vn.cchc.api.unit.AutonomyRegimeView.class),
            Map.entry(vn.cchc.domain.document.DocumentKind.class, vn.cchc.api.document.DocumentKindView.class),
            Map.entry(vn.cchc.domain.document.PlanType.class, vn.cchc.api.document.PlanTypeView.class),
            Map.entry(vn.cchc.domain.document.LinkType.class, vn.cchc.api.document.LinkTypeView.class),
            Map.entry(vn.cchc.domain.document.PlanTaskStatus.class, vn.cchc.api.document.PlanTaskStatusView.class),
            Map.entry(vn.cchc.domain.area.ReformArea.class, vn.cchc.api.area.ReformAreaView.class),
            Map.entry(vn.cchc.domain.procedure.OnlineService.class, vn.cchc.api.procedure.OnlineServiceView.class),
            Map.entry(vn.cchc.domain.indicator.Measure.class, vn.cchc.api.indicator.MeasureView.class),
            Map.entry(vn.cchc.domain.indicator.ObservationSource.class, vn.cchc.api.indicator.ObservationSourceView.class),
            Map.entry(vn.cchc.domain.period.PeriodType.class, vn.cchc.api.indicator.PeriodTypeView.class),
            Map.entry(vn.cchc.domain.report.ReportStatus.class, vn.cchc.api.report.ReportStatusView.class),
            Map.entry(vn.cchc.domain.dossier.DossierChannel.class, vn.cchc.api.dossier.DossierChannelView.class),
            Map.entry(vn.cchc.domain.dossier.DossierKind.class, vn.cchc.api.dossier.DossierKindView.class),
            Map.entry(vn.cchc.domain.dossier.DossierStatus.class, vn.cchc.api.dossier.DossierStatusView.class),
            Map.entry(vn.cchc.domain.dossier.ImportState.class, vn.cchc.api.dossierimport.ImportStateView.class),
            Map.entry(vn.cchc.domain.dossier.ImportFormat.class, vn.cchc.api.dossierimport.ImportFormatView.class),
            Map.entry(vn.cchc.domain.statistics.DossierDimension.class, vn.cchc.api.analytics.DossierDimensionView.class),
            Map.entry(vn.cchc.domain.statistics.DossierRate.class, vn.cchc.api.analytics.DossierRateView.class),
            Map.entry(vn.cchc.domain.statistics.RankingOrder.class, vn.cchc.api.analytics.RankingOrderView.class),
            Map.entry(vn.cchc.domain.shared.SortDirection.class, vn.cchc.api.filter.SortDirectionView.class));

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    @Test
    void shouldMirrorEveryDomainEnumConstantForConstant() {
        MIRRORS.forEach((domain, api) -> assertThat(names(api)).as(api.getSimpleName()).isEqualTo(names(domain)));
    }

    @Test
    void shouldMapByNameAndKeepNull() {
        assertThat(Enums.mirror(vn.cchc.domain.unit.UnitKind.ONE_STOP_SHOP, vn.cchc.api.unit.UnitKindView.class))
                .isEqualTo(vn.cchc.api.unit.UnitKindView.ONE_STOP_SHOP);
        assertThat(Enums.mirror(null, vn.cchc.api.unit.UnitKindView.class)).isNull();
    }
}

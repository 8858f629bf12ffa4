package vn.cchc.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.ObservationSource;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.PeriodWindows;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.statistics.DossierCounts;
import vn.cchc.domain.statistics.DossierDimension;
import vn.cchc.domain.statistics.DossierIndicator;
import vn.cchc.domain.statistics.DossierRate;
import vn.cchc.domain.statistics.DossierStatisticsCriteria;
import vn.cchc.domain.statistics.DossierStatisticsQuery;
import vn.cchc.domain.statistics.PeriodSeries;
import vn.cchc.domain.statistics.Ranking;
import vn.cchc.domain.statistics.RankingOrder;
import vn.cchc.domain.statistics.ReportedVersusComputed;
import vn.cchc.domain.unit.Unit;

/**
 * The selected units ranked and compared by the dossiers of their subtrees (each unit and every unit below it), as
 * the dossier statistics count them: ranked by a dossier rate, and each dossier indicator as computed from them
 * beside the unit's reported total.
 */
final class JpaRankings {

    private final EntityManager em;
    private final JpaUnitRepository unitRepository;
    private final JpaDossierStatistics dossiers;
    private final JpaObservationTotals observations;

    JpaRankings(EntityManager em, JpaUnitRepository unitRepository, JpaDossierStatistics dossiers,
                JpaObservationTotals observations) {
        this.em = em;
        this.unitRepository = unitRepository;
        this.dossiers = dossiers;
        this.observations = observations;
    }

    /** As {@link vn.cchc.domain.statistics.StatisticsRepository#rankByDossierRate}. */
    Ranking byDossierRate(DossierRate rate, Condition selection, Period period, RankingOrder order, PeriodWindows windows) {
        List<Unit> units = unitRepository.allByCode(selection);
        Map<Long, DossierCounts> counts = units.isEmpty() ? Map.of()
                : subtreeCounts(selection, new PeriodSeries(period, period), windows).getOrDefault(period, Map.of());
        return Ranking.of(units, u -> Optional.ofNullable(counts.get(u.id())).flatMap(rate::of).map(ObservedValue::ratio), order);
    }

    /** As {@link vn.cchc.domain.statistics.StatisticsRepository#reportedVersusComputed}. */
    List<ReportedVersusComputed> reportedVersusComputed(Condition selection, PeriodSeries periods, PeriodWindows windows) {
        List<Unit> units = unitRepository.allByCode(selection);
        if (units.isEmpty()) {
            return List.of();
        }
        Map<Period, Map<Long, DossierCounts>> computed = subtreeCounts(selection, periods, windows);
        List<ReportedVersusComputed> comparisons = new ArrayList<>();
        Map<String, Indicator> indicators = byCode(em.createQuery("SELECT i FROM Indicator i WHERE i.code IN :codes", Indicator.class)
                .setParameter("codes", Arrays.stream(DossierIndicator.values()).map(DossierIndicator::indicatorCode).toList())
                .getResultList());
        for (DossierIndicator dossierIndicator : DossierIndicator.values()) {
            Indicator indicator = indicators.get(dossierIndicator.indicatorCode());
            if (indicator == null) {
                continue; // a catalogue without it has nothing to compare
            }
            Map<Long, Map<Period, ObservedValue>> reported = observations.totals(indicator, units,
                    periods.first(), periods.last(), false, ObservationSource.REPORTED);
            for (Unit unit : units) {
                for (Period period : periods.periods()) {
                    DossierCounts counts = computed.getOrDefault(period, Map.of()).get(unit.id());
                    if (counts != null && !counts.isEmpty()) {
                        comparisons.add(new ReportedVersusComputed(unit, period, indicator,
                                Optional.ofNullable(reported.getOrDefault(unit.id(), Map.of()).get(period)),
                                dossierIndicator.computeFrom(counts)));
                    }
                }
            }
        }
        comparisons.sort(Comparator.comparing((ReportedVersusComputed c) -> c.unit().code())
                .thenComparing(ReportedVersusComputed::period)
                .thenComparing(c -> c.indicator().code()));
        return comparisons;
    }

    private static Map<String, Indicator> byCode(List<Indicator> indicators) {
        return indicators.stream().collect(Collectors.toMap(Indicator::code, i -> i));
    }

    /**
     * The dossier counts of each selected unit's subtree, by period and unit id: one statement for a series of
     * quarters or years, one per period for the other types.
     */
    private Map<Period, Map<Long, DossierCounts>> subtreeCounts(Condition selection, PeriodSeries periods, PeriodWindows windows) {
        DossierStatisticsCriteria criteria = DossierStatisticsCriteria.any().withSubtrees(selection);
        List<DossierStatisticsQuery> queries = switch (periods.first().type()) {
            case QUARTER -> List.of(new DossierStatisticsQuery(periods.first(), periods.last(),
                    Set.of(DossierDimension.UNIT_SUBTREE, DossierDimension.QUARTER), criteria, windows));
            case YEAR -> List.of(new DossierStatisticsQuery(periods.first(), periods.last(),
                    Set.of(DossierDimension.UNIT_SUBTREE, DossierDimension.YEAR), criteria, windows));
            case HALF_YEAR, NINE_MONTHS -> periods.periods().stream()
                    .map(p -> new DossierStatisticsQuery(p, null, Set.of(DossierDimension.UNIT_SUBTREE), criteria, windows)).toList();
        };
        Map<Period, Map<Long, DossierCounts>> counts = new HashMap<>();
        queries.forEach(q -> dossiers.statistics(q).forEach(s ->
                counts.computeIfAbsent(s.period(), p -> new HashMap<>()).put(s.subtree().id(), s.counts())));
        return counts;
    }
}

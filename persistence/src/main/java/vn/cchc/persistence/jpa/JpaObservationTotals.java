package vn.cchc.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.ObservationSource;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.report.ReportStatus;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.statistics.ObservationSeries;
import vn.cchc.domain.statistics.ObservationSeriesQuery;
import vn.cchc.domain.statistics.ObservationSums;
import vn.cchc.domain.statistics.PeriodSeries;
import vn.cchc.domain.statistics.Ranking;
import vn.cchc.domain.statistics.RankingOrder;
import vn.cchc.domain.unit.Unit;

/**
 * The totals of an indicator's observations by unit and period, summed in the database in one JPQL statement (its
 * joins and conditions vary with the roll-up, see {@link Jpql}), over the observations of the reports that count:
 * the series of the selected units and their ranking by an indicator.
 */
final class JpaObservationTotals {

    /** Unit {@code g} is {@code u} or above it: u's path starts with g's, compared exactly (a '_' in a code is no wildcard). */
    private static final String G_HOLDS_U = "SUBSTRING(u.path, 1, LENGTH(g.path)) = g.path";

    /**
     * Which reports count for the analytics, as a condition on the report {@code r} of an observation: those whose
     * status counts ({@link ReportStatus#isCounted}), a correction sent for approval counting in place of the approved
     * revision it corrects. An observation of no report counts.
     */
    private static final String REPORT_COUNTS = "(r IS NULL OR (r.status IN :counted AND NOT EXISTS (SELECT n FROM Report n"
            + " WHERE n.revises = r AND n.status IN :counted)))";
    private static final List<ReportStatus> COUNTED = Arrays.stream(ReportStatus.values()).filter(ReportStatus::isCounted).toList();

    private final EntityManager em;
    private final JpaUnitRepository unitRepository;

    JpaObservationTotals(EntityManager em, JpaUnitRepository unitRepository) {
        this.em = em;
        this.unitRepository = unitRepository;
    }

    /** As {@link vn.cchc.domain.statistics.StatisticsRepository#observationSeries}. */
    List<ObservationSeries> series(ObservationSeriesQuery query) {
        List<Unit> units = unitRepository.allByCode(query.units());
        PeriodSeries periods = query.periods();
        Map<Long, Map<Period, ObservedValue>> values = totals(query.indicator(), units, periods.earliestComparison(),
                periods.last(), query.rollUp(), query.source());
        return units.stream()
                .map(u -> ObservationSeries.of(u, periods, values.getOrDefault(u.id(), Map.of())))
                .toList();
    }

    /** As {@link vn.cchc.domain.statistics.StatisticsRepository#rankByIndicator}. */
    Ranking rank(Indicator indicator, Condition selection, Period period, RankingOrder order, ObservationSource source) {
        List<Unit> units = unitRepository.allByCode(selection);
        Map<Long, Map<Period, ObservedValue>> values = totals(indicator, units, period, period, false, source);
        return Ranking.of(units, u -> Optional.ofNullable(values.getOrDefault(u.id(), Map.of()).get(period)), order);
    }

    /**
     * The totals (breakdown '') of one indicator for each of these units, by unit id and period of the type of
     * {@code from}, from {@code from} to {@code to}: summed over the unit's own observations, or over its whole
     * subtree's. No units, no statement.
     */
    Map<Long, Map<Period, ObservedValue>> totals(Indicator indicator, List<Unit> units, Period from, Period to,
                                                 boolean rollUp, ObservationSource source) {
        if (units.isEmpty()) {
            return Map.of();
        }
        Jpql where = new Jpql()
                .where("o.indicator = :indicator", "indicator", indicator)
                .where("o.breakdownKey = ''")
                .where("o.source = :source", "source", source)
                .where("o.period.type = :type", "type", from.type())
                .where(ordinal("o.period", from) + " BETWEEN :first AND :last")
                .set("first", ordinal(from)).set("last", ordinal(to))
                // the units were selected already, as the answer names them: their ids are few, one per row of the answer
                .where("g.id IN :units", "units", units.stream().map(Unit::id).toList())
                .where(REPORT_COUNTS, "counted", COUNTED);
        if (rollUp) {
            where.where(G_HOLDS_U);
        }
        List<Object[]> rows = where.list(em, "SELECT g.id, o.period.year, o.period.number, SUM(o.value.value),"
                + " SUM(o.value.numerator), SUM(o.value.denominator), COUNT(o.id)"
                // a unit's own observations join it once: joined twice, Derby planned the 3 series of the dashboard badly
                + " FROM Observation o LEFT JOIN o.report r JOIN o.unit " + (rollUp ? "u, Unit g" : "g") + where.whereClause()
                + " GROUP BY g.id, o.period.year, o.period.number", Object[].class);
        Map<Long, Map<Period, ObservedValue>> totals = new HashMap<>();
        for (Object[] row : rows) {
            Period period = Period.of(((Number) row[1]).intValue(), from.type(), ((Number) row[2]).intValue());
            new ObservationSums(((Number) row[3]).doubleValue(), asLong(row[4]), asLong(row[5]), asLong(row[6]))
                    .as(indicator.measure())
                    .ifPresent(v -> totals.computeIfAbsent((Long) row[0], x -> new HashMap<>()).put(period, v));
        }
        return totals;
    }

    /** A period's position in the sequence of periods of its type: comparable across years in SQL. */
    private static int ordinal(Period period) {
        return period.year() * period.type().perYear() + period.number();
    }

    private static String ordinal(String path, Period ofType) {
        return "(" + path + ".year * " + ofType.type().perYear() + " + " + path + ".number)";
    }

    private static long asLong(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }
}

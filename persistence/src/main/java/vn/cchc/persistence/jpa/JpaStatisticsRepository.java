package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.DossierKind;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.ObservationSource;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.ProcedureField;
import vn.cchc.domain.statistics.DossierCounts;
import vn.cchc.domain.statistics.DossierDimension;
import vn.cchc.domain.statistics.DossierIndicator;
import vn.cchc.domain.statistics.DossierRate;
import vn.cchc.domain.statistics.DossierStatistics;
import vn.cchc.domain.statistics.DossierStatisticsCriteria;
import vn.cchc.domain.statistics.DossierStatisticsQuery;
import vn.cchc.domain.statistics.ObservationSeries;
import vn.cchc.domain.statistics.ObservationSeriesQuery;
import vn.cchc.domain.statistics.ObservationSums;
import vn.cchc.domain.statistics.PeriodSeries;
import vn.cchc.domain.statistics.Ranking;
import vn.cchc.domain.statistics.RankingOrder;
import vn.cchc.domain.statistics.ReportedVersusComputed;
import vn.cchc.domain.statistics.StatisticsRepository;
import vn.cchc.domain.statistics.UnitSelection;
import vn.cchc.domain.unit.Unit;

/**
 * Statistics as GROUP BY statements in JPQL: the database counts, Java only names the groups. Dossier statistics
 * read the quarterly summary ({@link JpaDossierSummary}) in one statement for all the periods of a query when it
 * covers them, and otherwise count the dossiers with one statement per period ({@link DossierScan}); either way the
 * number of statements follows the query's shape, never the number of dossiers.
 */
@ApplicationScoped
public class JpaStatisticsRepository implements StatisticsRepository {

    /** Unit {@code g} is {@code u} or above it: u's path starts with g's, compared exactly (a '_' in a code is no wildcard). */
    private static final String G_HOLDS_U = "SUBSTRING(u.path, 1, LENGTH(g.path)) = g.path";
    private static final Set<DossierDimension> DETAILS = EnumSet.of(DossierDimension.FIELD, DossierDimension.PROCEDURE,
            DossierDimension.CHANNEL, DossierDimension.KIND);

    @PersistenceContext(unitName = "cchc")
    private EntityManager em;

    protected JpaStatisticsRepository() {
        // for CDI
    }

    public JpaStatisticsRepository(EntityManager em) {
        this.em = em;
    }

    // ---- dossier statistics

    @Override
    public List<DossierStatistics> dossierStatistics(DossierStatisticsQuery query) {
        Set<DossierDimension> dims = query.groupsWithinPeriod();
        List<DossierDimension> keys = Arrays.stream(DossierDimension.values()).filter(dims::contains).toList();
        List<Period> periods = query.periods();
        boolean summarised = new JpaDossierSummary(em).covers(periods.get(0), periods.get(periods.size() - 1));
        String row = summarised ? "s" : "d";
        Jpql where = new Jpql();
        if (!restrictDossiers(where, query.criteria(), dims.contains(DossierDimension.UNIT_SUBTREE), row)) {
            return List.of();
        }
        List<String> keyColumns = keys.stream().map(k -> key(k, row)).toList();
        String from = (summarised ? (needsDetail(query) ? "DossierQuarterSummary" : "UnitQuarterSummary") + " s JOIN s.unit u"
                : "Dossier d JOIN d.unit u")
                + (needsProcedure(query) ? " JOIN " + row + ".procedure p JOIN p.field f" : "")
                + (dims.contains(DossierDimension.UNIT_SUBTREE) ? ", Unit g" : "");
        List<Object[]> rows = new ArrayList<>();
        List<Period> rowPeriods = new ArrayList<>();
        BiConsumer<Period, Object[]> collect = (period, r) -> {
            rows.add(r);
            rowPeriods.add(period);
        };
        if (summarised) {
            fromSummary(query, keyColumns, from, where, collect);
        } else {
            DossierScan.count(em, keyColumns, from, where, periods, collect);
        }
        return named(keys, rows, rowPeriods);
    }

    /**
     * The measures of every period of the query from the summary rows {@code s} of its quarters, in one statement: a
     * period's carried over is its first quarter's, its in progress its last quarter's, every other measure the sum.
     * The periods of a query are consecutive and alike (quarters, years, or a single period within one year), so
     * quarter numbers tell a period's first and last quarters apart.
     */
    private void fromSummary(DossierStatisticsQuery query, List<String> keyColumns, String from, Jpql where,
                             BiConsumer<Period, Object[]> rows) {
        List<Period> periods = query.periods();
        Period firstQuarter = Period.quarterOf(periods.get(0).startDate());
        Period lastQuarter = Period.quarterOf(periods.get(periods.size() - 1).endDate());
        boolean byQuarter = query.groupsBy(DossierDimension.QUARTER);
        boolean byYear = query.groupsBy(DossierDimension.YEAR);
        List<String> periodColumns = byQuarter ? List.of("s.quarter.year", "s.quarter.number")
                : byYear ? List.of("s.quarter.year") : List.of();
        String first = byQuarter ? null : ":firstNumber";
        String last = byQuarter ? null : ":lastNumber";
        List<String> groups = new ArrayList<>(periodColumns);
        groups.addAll(keyColumns);
        // the year range lets Derby seek each unit's rows in the summary's key (unit, year, quarter)
        where.where("s.quarter.year BETWEEN :firstYear AND :lastYear", "firstYear", firstQuarter.year())
                .set("lastYear", lastQuarter.year())
                .where(JpaDossierSummary.QUARTER_ORDINAL.formatted("s") + " BETWEEN :first AND :last",
                        "first", JpaDossierSummary.ordinal(firstQuarter))
                .set("last", JpaDossierSummary.ordinal(lastQuarter));
        if (!byQuarter) {
            where.set("firstNumber", firstQuarter.number()).set("lastNumber", Period.quarterOf(periods.get(0).endDate()).number());
        }
        String statement = "SELECT " + String.join(", ", groups) + (groups.isEmpty() ? "" : ", ")
                + String.join(", ", sum("carriedOver", first), sum("received", null), sum("resolvedEarly", null),
                sum("resolvedOnTime", null), sum("resolvedLate", null), sum("returned", null), sum("withdrawn", null),
                sum("inProgressNotDue", last), sum("inProgressOverdue", last), sum("online", null))
                + " FROM " + from + where.whereClause()
                + (groups.isEmpty() ? "" : " GROUP BY " + String.join(", ", groups));
        Set<Period> answered = new HashSet<>();
        for (Object[] row : where.list(em, statement, Object[].class)) {
            Period period = byQuarter ? Period.quarter(((Number) row[0]).intValue(), ((Number) row[1]).intValue())
                    : byYear ? Period.year(((Number) row[0]).intValue()) : periods.get(0);
            answered.add(period);
            rows.accept(period, Arrays.copyOfRange(row, periodColumns.size(), row.length));
        }
        if (keyColumns.isEmpty()) {
            // without groups each period has a row, even one no summary row falls in
            periods.stream().filter(p -> !answered.contains(p)).forEach(p -> rows.accept(p, DossierScan.nothingCounted()));
        }
    }

    /** The sum of a summary column, over the quarters numbered {@code onlyQuarter} when given. */
    private static String sum(String column, String onlyQuarter) {
        return onlyQuarter == null ? "SUM(s." + column + ")"
                : "SUM(CASE WHEN s.quarter.number = " + onlyQuarter + " THEN s." + column + " ELSE 0 END)";
    }

    private static boolean needsProcedure(DossierStatisticsQuery query) {
        return query.groupsBy(DossierDimension.FIELD) || query.groupsBy(DossierDimension.PROCEDURE)
                || query.criteria().fieldCode() != null || query.criteria().procedureCode() != null;
    }

    /** Whether the query needs the summary by procedure, channel and kind rather than its sums by unit. */
    private static boolean needsDetail(DossierStatisticsQuery query) {
        DossierStatisticsCriteria c = query.criteria();
        return query.groupBy().stream().anyMatch(DETAILS::contains) || c.fieldCode() != null || c.procedureCode() != null
                || c.channel() != null || c.kind() != null;
    }

    /** The column of a dimension; {@code row} is the alias of the dossier or summary row. */
    private static String key(DossierDimension dimension, String row) {
        return switch (dimension) {
            case UNIT -> "u.id";
            case UNIT_SUBTREE -> "g.id";
            case FIELD -> "f.id";
            case PROCEDURE -> "p.id";
            case CHANNEL -> row + ".channel";
            case KIND -> row + ".kind";
            case YEAR, QUARTER -> throw new IllegalArgumentException(dimension + " is a period, not a group");
        };
    }

    /** Adds the criteria's conditions on dossier or summary row {@code row}; false when they cannot match (an unknown unit code). */
    private boolean restrictDossiers(Jpql where, DossierStatisticsCriteria c, boolean subtrees, String row) {
        if (c.withinCode() != null) {
            Optional<String> within = pathOf(c.withinCode());
            if (within.isEmpty()) {
                return false;
            }
            where.where("u.path LIKE :within ESCAPE '\\'", "within", Listing.startsWith(within.get()));
            if (subtrees) {
                where.where("g.path LIKE :within ESCAPE '\\'");
            }
        }
        if (c.fieldCode() != null) {
            where.where("f.code = :field", "field", c.fieldCode());
        }
        if (c.procedureCode() != null) {
            where.where("p.code = :procedure", "procedure", c.procedureCode());
        }
        if (c.channel() != null) {
            where.where(row + ".channel = :channel", "channel", c.channel());
        }
        if (c.kind() != null) {
            where.where(row + ".kind = :kind", "kind", c.kind());
        }
        if (subtrees) {
            where.where(G_HOLDS_U);
            return c.subtrees() == null || restrictUnits(where, c.subtrees(), "g");
        }
        return true;
    }

    /** Turns rows of group keys and sums into statistics, loading each kind of named entity in one statement. */
    private List<DossierStatistics> named(List<DossierDimension> keys, List<Object[]> rows, List<Period> periods) {
        Map<DossierDimension, Set<Long>> ids = new HashMap<>();
        for (Object[] row : rows) {
            for (int k = 0; k < keys.size(); k++) {
                if (row[k] instanceof Long id) {
                    ids.computeIfAbsent(keys.get(k), x -> new HashSet<>()).add(id);
                }
            }
        }
        Set<Long> unitIds = new HashSet<>(ids.getOrDefault(DossierDimension.UNIT, Set.of()));
        unitIds.addAll(ids.getOrDefault(DossierDimension.UNIT_SUBTREE, Set.of()));
        Map<Long, Unit> units = byId(new JpaUnitRepository(em).findByIds(unitIds), Unit::id);
        Map<Long, ProcedureField> fields = byId(load(ProcedureField.class, ids.get(DossierDimension.FIELD)), ProcedureField::id);
        Map<Long, AdministrativeProcedure> procedures = byId(load(AdministrativeProcedure.class,
                ids.get(DossierDimension.PROCEDURE)), AdministrativeProcedure::id);
        List<DossierStatistics> statistics = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            Object[] row = rows.get(r);
            Map<DossierDimension, Object> group = new HashMap<>();
            for (int k = 0; k < keys.size(); k++) {
                group.put(keys.get(k), row[k]);
            }
            statistics.add(new DossierStatistics(periods.get(r),
                    units.get((Long) group.get(DossierDimension.UNIT)),
                    units.get((Long) group.get(DossierDimension.UNIT_SUBTREE)),
                    fields.get((Long) group.get(DossierDimension.FIELD)),
                    procedures.get((Long) group.get(DossierDimension.PROCEDURE)),
                    (DossierChannel) group.get(DossierDimension.CHANNEL),
                    (DossierKind) group.get(DossierDimension.KIND),
                    DossierScan.counts(row, keys.size())));
        }
        statistics.sort(Comparator.comparing(DossierStatistics::period)
                .thenComparing(s -> s.unit() == null ? null : s.unit().code(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(s -> s.subtree() == null ? null : s.subtree().code(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(s -> s.field() == null ? null : s.field().code(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(s -> s.procedure() == null ? null : s.procedure().code(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(DossierStatistics::channel, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(DossierStatistics::kind, Comparator.nullsFirst(Comparator.naturalOrder())));
        return statistics;
    }

    private <T> List<T> load(Class<T> type, Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.id IN :ids", type)
                .setParameter("ids", ids).getResultList();
    }

    private static <T> Map<Long, T> byId(List<T> entities, Function<T, Long> id) {
        return entities.stream().collect(Collectors.toMap(id, e -> e));
    }

    // ---- observations

    @Override
    public List<ObservationSeries> observationSeries(ObservationSeriesQuery query) {
        List<Unit> units = selectUnits(query.units());
        if (units.isEmpty()) {
            return List.of();
        }
        PeriodSeries periods = query.periods();
        Map<Long, Map<Period, ObservedValue>> values = observationTotals(query.indicator(), query.units(),
                periods.earliestComparison(), periods.last(), query.rollUp(), query.source());
        return units.stream()
                .map(u -> ObservationSeries.of(u, periods, values.getOrDefault(u.id(), Map.of())))
                .toList();
    }

    @Override
    public Ranking rankByIndicator(Indicator indicator, UnitSelection selection, Period period, RankingOrder order,
                                   ObservationSource source) {
        List<Unit> units = selectUnits(selection);
        Map<Long, Map<Period, ObservedValue>> values = units.isEmpty() ? Map.of()
                : observationTotals(indicator, selection, period, period, false, source);
        return Ranking.of(units, u -> Optional.ofNullable(values.getOrDefault(u.id(), Map.of()).get(period)), order);
    }

    /**
     * The totals (breakdown '') of one indicator for each selected unit, by period of the type of {@code from},
     * from {@code from} to {@code to}: summed over the unit's own observations, or over its whole subtree's.
     */
    private Map<Long, Map<Period, ObservedValue>> observationTotals(Indicator indicator, UnitSelection selection, Period from,
                                                                    Period to, boolean rollUp, ObservationSource source) {
        Jpql where = new Jpql()
                .where("o.indicator = :indicator", "indicator", indicator)
                .where("o.breakdownKey = ''")
                .where("o.source = :source", "source", source)
                .where("o.period.type = :type", "type", from.type())
                .where(ordinal("o.period", from) + " BETWEEN :first AND :last")
                .set("first", ordinal(from)).set("last", ordinal(to));
        if (rollUp) {
            where.where(G_HOLDS_U);
        }
        if (!restrictUnits(where, selection, "g")) {
            return Map.of();
        }
        List<Object[]> rows = where.list(em, "SELECT g.id, o.period.year, o.period.number, SUM(o.value.value),"
                + " SUM(o.value.numerator), SUM(o.value.denominator), COUNT(o.id)"
                // a unit's own observations join it once: joined twice, Derby planned the 3 series of the dashboard badly
                + " FROM Observation o JOIN o.unit " + (rollUp ? "u, Unit g" : "g") + where.whereClause()
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

    // ---- rankings and comparisons over dossiers

    @Override
    public Ranking rankByDossierRate(DossierRate rate, UnitSelection selection, Period period, RankingOrder order) {
        List<Unit> units = selectUnits(selection);
        Map<Long, DossierCounts> counts = units.isEmpty() ? Map.of() : subtreeCounts(selection, new PeriodSeries(period, period))
                .getOrDefault(period, Map.of());
        return Ranking.of(units, u -> Optional.ofNullable(counts.get(u.id())).flatMap(rate::of).map(ObservedValue::ratio), order);
    }

    @Override
    public List<ReportedVersusComputed> reportedVersusComputed(UnitSelection selection, PeriodSeries periods) {
        List<Unit> units = selectUnits(selection);
        if (units.isEmpty()) {
            return List.of();
        }
        Map<Period, Map<Long, DossierCounts>> computed = subtreeCounts(selection, periods);
        List<ReportedVersusComputed> comparisons = new ArrayList<>();
        Map<String, Indicator> indicators = byCode(em.createQuery("SELECT i FROM Indicator i WHERE i.code IN :codes", Indicator.class)
                .setParameter("codes", Arrays.stream(DossierIndicator.values()).map(DossierIndicator::indicatorCode).toList())
                .getResultList());
        for (DossierIndicator dossierIndicator : DossierIndicator.values()) {
            Indicator indicator = indicators.get(dossierIndicator.indicatorCode());
            if (indicator == null) {
                continue; // a catalogue without it has nothing to compare
            }
            Map<Long, Map<Period, ObservedValue>> reported = observationTotals(indicator, selection,
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
    private Map<Period, Map<Long, DossierCounts>> subtreeCounts(UnitSelection selection, PeriodSeries periods) {
        DossierStatisticsCriteria criteria = DossierStatisticsCriteria.any().withSubtrees(selection);
        List<DossierStatisticsQuery> queries = switch (periods.first().type()) {
            case QUARTER -> List.of(new DossierStatisticsQuery(periods.first(), periods.last(),
                    Set.of(DossierDimension.UNIT_SUBTREE, DossierDimension.QUARTER), criteria));
            case YEAR -> List.of(new DossierStatisticsQuery(periods.first(), periods.last(),
                    Set.of(DossierDimension.UNIT_SUBTREE, DossierDimension.YEAR), criteria));
            case HALF_YEAR, NINE_MONTHS -> periods.periods().stream()
                    .map(p -> DossierStatisticsQuery.of(p, criteria, DossierDimension.UNIT_SUBTREE)).toList();
        };
        Map<Period, Map<Long, DossierCounts>> counts = new HashMap<>();
        queries.forEach(q -> dossierStatistics(q).forEach(s ->
                counts.computeIfAbsent(s.period(), p -> new HashMap<>()).put(s.subtree().id(), s.counts())));
        return counts;
    }

    // ---- units

    /** The selected units, by code. */
    private List<Unit> selectUnits(UnitSelection selection) {
        Jpql where = new Jpql();
        return restrictUnits(where, selection, "g")
                ? where.list(em, "SELECT g FROM Unit g" + where.whereClause() + " ORDER BY g.code", Unit.class)
                : List.of();
    }

    /** Adds the conditions of a selection on a unit alias; false when it cannot match (an unknown unit code). */
    private boolean restrictUnits(Jpql where, UnitSelection s, String alias) {
        String p = ":" + alias;
        if (s.codes() != null) {
            if (s.codes().isEmpty()) {
                return false;
            }
            where.where(alias + ".code IN " + p + "Codes", alias + "Codes", s.codes());
        }
        if (s.parentCode() != null) {
            where.where(alias + ".parent.code = " + p + "Parent", alias + "Parent", s.parentCode());
        }
        if (s.withinCode() != null) {
            Optional<String> within = pathOf(s.withinCode());
            if (within.isEmpty()) {
                return false;
            }
            where.where(alias + ".path LIKE " + p + "Within ESCAPE '\\'", alias + "Within", Listing.startsWith(within.get()));
        }
        if (s.kind() != null) {
            where.where(alias + ".kind = " + p + "Kind", alias + "Kind", s.kind());
        }
        return true;
    }

    private Optional<String> pathOf(String unitCode) {
        return em.createQuery("SELECT u.path FROM Unit u WHERE u.code = :code", String.class)
                .setParameter("code", unitCode).getResultStream().findFirst();
    }
}

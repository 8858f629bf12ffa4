package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.DossierKind;
import vn.cchc.domain.dossier.DossierStatus;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.ObservationSource;
import vn.cchc.domain.report.ReportStatus;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.ProcedureField;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
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
import vn.cchc.domain.unit.Unit;

/**
 * Statistics as GROUP BY statements with SUM(CASE ...) in JPA queries: the database counts, Java only names the groups.
 * A statement runs per period of a dossier query (a measure depends on its period's start and end), so the number
 * of statements follows the query's shape, never the number of dossiers.
 */
@ApplicationScoped
public class JpaStatisticsRepository implements StatisticsRepository {

    /** Unit {@code g} is {@code u} or above it: u's path starts with g's, compared exactly (a '_' in a code is no wildcard). */
    private static final String G_HOLDS_U = "SUBSTRING(u.path, 1, LENGTH(g.path)) = g.path";
    private static final int MEASURE_COUNT = 10;

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
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<Dossier> d = q.from(Dossier.class);
        Join<Dossier, Unit> u = d.join("unit");
        Join<Dossier, AdministrativeProcedure> p = needsProcedure(query) ? d.join("procedure") : null;
        Root<Unit> g = dims.contains(DossierDimension.UNIT_SUBTREE) ? q.from(Unit.class) : null;
        ParameterExpression<LocalDate> start = cb.parameter(LocalDate.class, "start");
        ParameterExpression<LocalDate> end = cb.parameter(LocalDate.class, "end");
        List<Expression<?>> groups = keys.stream().<Expression<?>>map(k -> switch (k) {
            case UNIT -> u.get("id");
            case UNIT_SUBTREE -> g.get("id");
            case FIELD -> p.get("field").get("id");
            case PROCEDURE -> p.get("id");
            case CHANNEL -> d.get("channel");
            case KIND -> d.get("kind");
            case YEAR, QUARTER -> throw new IllegalArgumentException(k + " is a period, not a group");
        }).toList();
        List<Selection<?>> columns = new ArrayList<>(groups);
        measures(cb, d, start, end).forEach(m -> columns.add(cb.sum(cb.<Integer>selectCase().when(m, 1).otherwise(0))));
        Where where = new Where(cb);
        List<Predicate> conditions = new ArrayList<>(List.of(
                // the dossiers that matter to a period: received before it ends and not closed before it starts
                cb.lessThanOrEqualTo(d.get("receivedOn"), end),
                cb.or(cb.isNull(d.get("closedOn")), cb.greaterThanOrEqualTo(d.get("closedOn"), start)),
                where.of(query.criteria().dossiers(), Model.DOSSIER, d, q)));
        if (g != null) {
            conditions.add(holds(cb, g, u));
            conditions.add(where.of(query.criteria().subtrees(), Model.UNIT, g, q));
        }
        q.multiselect(columns).where(conditions.toArray(Predicate[]::new));
        if (!groups.isEmpty()) {
            q.groupBy(groups);
        }
        TypedQuery<Object[]> statement = em.createQuery(q);
        List<Object[]> rows = new ArrayList<>();
        List<Period> rowPeriods = new ArrayList<>();
        for (Period period : query.periods()) {
            statement.setParameter(start, period.startDate()).setParameter(end, period.endDate());
            for (Object[] row : statement.getResultList()) {
                rows.add(row);
                rowPeriods.add(period);
            }
        }
        return named(keys, rows, rowPeriods);
    }

    /**
     * The measures of {@link DossierCounts}, in its order, over the dossiers that matter to a period. Among those,
     * "received before the start" is carried over and "closed on or before the end" is closed in the period.
     */
    private static List<Predicate> measures(CriteriaBuilder cb, Root<Dossier> d, Expression<LocalDate> start,
                                            Expression<LocalDate> end) {
        Path<LocalDate> received = d.get("receivedOn");
        Path<LocalDate> closed = d.get("closedOn");
        Path<LocalDate> due = d.get("dueOn");
        Path<DossierStatus> status = d.get("status");
        Function<DossierStatus, Predicate> closedAs = s -> cb.and(cb.equal(status, s), cb.lessThanOrEqualTo(closed, end));
        Predicate openAtEnd = cb.or(cb.isNull(closed), cb.greaterThan(closed, end));
        return List.of(
                cb.lessThan(received, start),
                cb.greaterThanOrEqualTo(received, start),
                closedAs.apply(DossierStatus.RESOLVED_EARLY),
                closedAs.apply(DossierStatus.RESOLVED_ON_TIME),
                closedAs.apply(DossierStatus.RESOLVED_LATE),
                closedAs.apply(DossierStatus.RETURNED),
                closedAs.apply(DossierStatus.WITHDRAWN),
                cb.and(openAtEnd, cb.greaterThanOrEqualTo(due, end)),
                cb.and(openAtEnd, cb.lessThan(due, end)),
                cb.and(cb.equal(d.get("channel"), DossierChannel.ONLINE), cb.greaterThanOrEqualTo(received, start)));
    }

    /** Unit {@code g} is {@code u} or above it: u's path starts with g's, compared exactly (a '_' in a code is no wildcard). */
    private static Predicate holds(CriteriaBuilder cb, Path<Unit> g, Path<Unit> u) {
        Path<String> above = g.get("path");
        return cb.equal(cb.substring(u.get("path"), cb.literal(1), cb.length(above)), above);
    }

    private static boolean needsProcedure(DossierStatisticsQuery query) {
        return query.groupsBy(DossierDimension.FIELD) || query.groupsBy(DossierDimension.PROCEDURE);
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
                    counts(row, keys.size())));
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

    /** The sums from {@code offset} on; an aggregate without GROUP BY over no rows gives nulls, which are zeros. */
    private static DossierCounts counts(Object[] row, int offset) {
        long[] c = new long[MEASURE_COUNT];
        for (int i = 0; i < c.length; i++) {
            c[i] = row[offset + i] == null ? 0 : ((Number) row[offset + i]).longValue();
        }
        return new DossierCounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]);
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

    /** The statuses of the reports whose figures the analytics count. */
    private static final List<ReportStatus> COUNTED = List.of(ReportStatus.SUBMITTED, ReportStatus.APPROVED);

    @Override
    public List<ObservationSeries> observationSeries(ObservationSeriesQuery query) {
        List<Unit> units = selectUnits(query.units());
        if (units.isEmpty()) {
            return List.of();
        }
        PeriodSeries periods = query.periods();
        Map<Long, Map<Period, ObservedValue>> values = observationTotals(query.indicator(), ids(units),
                periods.earliestComparison(), periods.last(), query.rollUp(), query.source());
        return units.stream()
                .map(u -> ObservationSeries.of(u, periods, values.getOrDefault(u.id(), Map.of())))
                .toList();
    }

    @Override
    public Ranking rankByIndicator(Indicator indicator, Condition selection, Period period, RankingOrder order,
                                   ObservationSource source) {
        List<Unit> units = selectUnits(selection);
        Map<Long, Map<Period, ObservedValue>> values = units.isEmpty() ? Map.of()
                : observationTotals(indicator, ids(units), period, period, false, source);
        return Ranking.of(units, u -> Optional.ofNullable(values.getOrDefault(u.id(), Map.of()).get(period)), order);
    }

    /**
     * The totals (breakdown '') of one indicator for each of these units, by period of the type of {@code from},
     * from {@code from} to {@code to}: summed over the unit's own observations, or over its whole subtree's.
     */
    private Map<Long, Map<Period, ObservedValue>> observationTotals(Indicator indicator, List<Long> unitIds, Period from,
                                                                    Period to, boolean rollUp, ObservationSource source) {
        Jpql where = new Jpql()
                .where("o.indicator = :indicator", "indicator", indicator)
                .where("o.breakdownKey = ''")
                .where("o.source = :source", "source", source)
                .where("o.period.type = :type", "type", from.type())
                .where(ordinal("o.period", from) + " BETWEEN :first AND :last")
                .set("first", ordinal(from)).set("last", ordinal(to))
                .where(rollUp ? G_HOLDS_U : "u = g")
                // the units were selected already, as the answer names them: their ids are few, one per row of the answer
                .where("g.id IN :units", "units", unitIds)
                // the figures Home Affairs has received: a draft or a returned report does not count, and a correction
                // sent for approval counts in place of the approved revision it corrects
                .where("(r IS NULL OR (r.status IN :counted AND NOT EXISTS (SELECT n FROM Report n WHERE n.revises = r"
                        + " AND n.status IN :counted)))", "counted", COUNTED);
        List<Object[]> rows = where.list(em, "SELECT g.id, o.period.year, o.period.number, SUM(o.value.value),"
                + " SUM(o.value.numerator), SUM(o.value.denominator), COUNT(o.id)"
                + " FROM Observation o JOIN o.unit u LEFT JOIN o.report r, Unit g" + where.whereClause()
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
    public Ranking rankByDossierRate(DossierRate rate, Condition selection, Period period, RankingOrder order) {
        List<Unit> units = selectUnits(selection);
        Map<Long, DossierCounts> counts = units.isEmpty() ? Map.of() : subtreeCounts(selection, new PeriodSeries(period, period))
                .getOrDefault(period, Map.of());
        return Ranking.of(units, u -> Optional.ofNullable(counts.get(u.id())).flatMap(rate::of).map(ObservedValue::ratio), order);
    }

    @Override
    public List<ReportedVersusComputed> reportedVersusComputed(Condition selection, PeriodSeries periods) {
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
            Map<Long, Map<Period, ObservedValue>> reported = observationTotals(indicator, ids(units),
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

    /** The dossier counts of each selected unit's subtree, by period and unit id: one statement per period. */
    private Map<Period, Map<Long, DossierCounts>> subtreeCounts(Condition selection, PeriodSeries periods) {
        DossierStatisticsCriteria criteria = DossierStatisticsCriteria.any().withSubtrees(selection);
        Map<Period, Map<Long, DossierCounts>> counts = new HashMap<>();
        for (Period period : periods.periods()) {
            Map<Long, DossierCounts> ofPeriod = new HashMap<>();
            dossierStatistics(DossierStatisticsQuery.of(period, criteria, DossierDimension.UNIT_SUBTREE))
                    .forEach(s -> ofPeriod.put(s.subtree().id(), s.counts()));
            counts.put(period, ofPeriod);
        }
        return counts;
    }

    // ---- units

    /** The units matching the condition, by code. */
    private List<Unit> selectUnits(Condition selection) {
        return new Listing<>(em, Model.UNIT, JpaUnitRepository.BY_CODE, List.of()).all(Criteria.where(selection));
    }

    private static List<Long> ids(List<Unit> units) {
        return units.stream().map(Unit::id).toList();
    }
}

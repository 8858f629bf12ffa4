package vn.cchc.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
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
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.DossierKind;
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
 * Statistics as GROUP BY statements in JPA Criteria queries: the database counts, Java only names the groups. Dossier
 * statistics read the quarterly summary ({@link JpaDossierSummary}) in one statement for all the periods of a query
 * when it covers them and the dossier condition names only what its rows have (unit, procedure, channel, kind);
 * otherwise they count the dossiers with one statement per period ({@link DossierScan}). Either way the number of
 * statements follows the query's shape, never the number of dossiers, and the numbers are the same.
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
        List<Object[]> rows = new ArrayList<>();
        List<Period> rowPeriods = new ArrayList<>();
        BiConsumer<Period, Object[]> collect = (period, row) -> {
            rows.add(row);
            rowPeriods.add(period);
        };
        Optional<Model<? extends QuarterSummary>> summary = summaryFor(query);
        if (summary.isPresent()) {
            fromSummary(query, keys, summary.get(), collect);
        } else {
            CriteriaQuery<Object[]> q = em.getCriteriaBuilder().createQuery(Object[].class);
            Root<Dossier> d = q.from(Dossier.class);
            Groups groups = groups(query, keys, q, d, Model.DOSSIER);
            DossierScan.count(em, q, d, groups.keys(), groups.conditions(), query.periods(), collect);
        }
        return named(keys, rows, rowPeriods);
    }

    /**
     * The summary table that answers the query, if one does: the sums by unit when the query neither groups nor
     * filters by more than the unit, else the rows by procedure, channel and kind; none when the dossier condition
     * names what summary rows lack (status, dates, code) or the summary does not cover the query's periods.
     */
    private Optional<Model<? extends QuarterSummary>> summaryFor(DossierStatisticsQuery query) {
        Condition dossiers = query.criteria().dossiers();
        Model<? extends QuarterSummary> model = query.groupBy().stream().noneMatch(DETAILS::contains)
                && Model.UNIT_QUARTER_SUMMARY.reads(dossiers) ? Model.UNIT_QUARTER_SUMMARY : Model.DOSSIER_QUARTER_SUMMARY;
        List<Period> periods = query.periods();
        return model.reads(dossiers) && new JpaDossierSummary(em).covers(periods.get(0), periods.get(periods.size() - 1))
                ? Optional.of(model) : Optional.empty();
    }

    /** The group keys and the conditions of a statistics query on dossiers or summary rows. */
    private record Groups(List<Expression<?>> keys, List<Predicate> conditions) {
    }

    /**
     * The group keys of {@code dimensions} and the conditions of the query's criteria on {@code row}, a dossier or a
     * summary row with its {@code model}: the dossier condition on the row, and with subtrees, a unit {@code g} above
     * the row's unit that the subtree condition names.
     */
    private <R> Groups groups(DossierStatisticsQuery query, List<DossierDimension> dimensions, CriteriaQuery<Object[]> q,
                              Root<R> row, Model<R> model) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        Join<R, Unit> u = row.join("unit");
        Join<R, AdministrativeProcedure> p = query.groupsBy(DossierDimension.FIELD) || query.groupsBy(DossierDimension.PROCEDURE)
                ? row.join("procedure") : null;
        Root<Unit> g = dimensions.contains(DossierDimension.UNIT_SUBTREE) ? q.from(Unit.class) : null;
        List<Expression<?>> keys = dimensions.stream().<Expression<?>>map(k -> switch (k) {
            case UNIT -> u.get("id");
            case UNIT_SUBTREE -> g.get("id");
            case FIELD -> p.get("field").get("id");
            case PROCEDURE -> p.get("id");
            case CHANNEL -> row.get("channel");
            case KIND -> row.get("kind");
            case YEAR, QUARTER -> throw new IllegalArgumentException(k + " is a period, not a group");
        }).toList();
        Where where = new Where(cb);
        List<Predicate> conditions = new ArrayList<>(List.of(where.of(query.criteria().dossiers(), model, row, q)));
        if (g != null) {
            conditions.add(holds(cb, g, u));
            conditions.add(where.of(query.criteria().subtrees(), Model.UNIT, g, q));
        }
        return new Groups(keys, conditions);
    }

    /**
     * The measures of every period of the query from the summary rows {@code s} of its quarters, in one statement: a
     * period's carried over is its first quarter's, its in progress its last quarter's, every other measure the sum.
     * The periods of a query are consecutive and alike (quarters, years, or a single period within one year), so
     * quarter numbers tell a period's first and last quarters apart.
     */
    private <S extends QuarterSummary> void fromSummary(DossierStatisticsQuery query, List<DossierDimension> dimensions,
                                                        Model<S> model, BiConsumer<Period, Object[]> rows) {
        List<Period> periods = query.periods();
        Period firstQuarter = Period.quarterOf(periods.get(0).startDate());
        Period lastQuarter = Period.quarterOf(periods.get(periods.size() - 1).endDate());
        boolean byQuarter = query.groupsBy(DossierDimension.QUARTER);
        boolean byYear = query.groupsBy(DossierDimension.YEAR);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<S> s = q.from(model.type());
        Groups shape = groups(query, dimensions, q, s, model);
        Path<Integer> year = s.get("quarter").get("year");
        Path<Integer> number = s.get("quarter").get("number");
        List<Expression<?>> periodKeys = byQuarter ? List.of(year, number) : byYear ? List.of(year) : List.of();
        List<Expression<?>> keys = new ArrayList<>(periodKeys);
        keys.addAll(shape.keys());
        Integer first = byQuarter ? null : firstQuarter.number();
        Integer last = byQuarter ? null : Period.quarterOf(periods.get(0).endDate()).number();
        List<Selection<?>> columns = new ArrayList<>(keys);
        for (String measure : List.of("carriedOver", "received", "resolvedEarly", "resolvedOnTime", "resolvedLate",
                "returned", "withdrawn", "inProgressNotDue", "inProgressOverdue", "online")) {
            Integer onlyQuarter = measure.equals("carriedOver") ? first : measure.startsWith("inProgress") ? last : null;
            Path<Long> value = s.get(measure);
            columns.add(cb.sum(onlyQuarter == null ? value
                    : cb.<Long>selectCase().when(cb.equal(number, onlyQuarter), value).otherwise(0L)));
        }
        List<Predicate> conditions = new ArrayList<>(shape.conditions());
        // the year range lets Derby seek each unit's rows in the summary's key (unit, year, quarter)
        conditions.add(cb.between(year, firstQuarter.year(), lastQuarter.year()));
        conditions.add(cb.between(cb.sum(cb.prod(year, 4), number), JpaDossierSummary.ordinal(firstQuarter),
                JpaDossierSummary.ordinal(lastQuarter)));
        q.multiselect(columns).where(conditions.toArray(Predicate[]::new));
        if (!keys.isEmpty()) {
            q.groupBy(keys);
        }
        Set<Period> answered = new HashSet<>();
        for (Object[] row : em.createQuery(q).getResultList()) {
            Period period = byQuarter ? Period.quarter(((Number) row[0]).intValue(), ((Number) row[1]).intValue())
                    : byYear ? Period.year(((Number) row[0]).intValue()) : periods.get(0);
            answered.add(period);
            rows.accept(period, Arrays.copyOfRange(row, periodKeys.size(), row.length));
        }
        if (dimensions.isEmpty()) {
            // without groups each period has a row, even one no summary row falls in
            periods.stream().filter(p -> !answered.contains(p)).forEach(p -> rows.accept(p, DossierScan.nothingCounted()));
        }
    }

    /** Unit {@code g} is {@code u} or above it: u's path starts with g's, compared exactly (a '_' in a code is no wildcard). */
    private static Predicate holds(CriteriaBuilder cb, Path<Unit> g, Path<Unit> u) {
        Path<String> above = g.get("path");
        return cb.equal(cb.substring(u.get("path"), cb.literal(1), cb.length(above)), above);
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
                // the units were selected already, as the answer names them: their ids are few, one per row of the answer
                .where("g.id IN :units", "units", unitIds)
                // the figures Home Affairs has received: a draft or a returned report does not count, and a correction
                // sent for approval counts in place of the approved revision it corrects
                .where("(r IS NULL OR (r.status IN :counted AND NOT EXISTS (SELECT n FROM Report n WHERE n.revises = r"
                        + " AND n.status IN :counted)))", "counted", COUNTED);
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

    /**
     * The dossier counts of each selected unit's subtree, by period and unit id: one statement for a series of
     * quarters or years, one per period for the other types.
     */
    private Map<Period, Map<Long, DossierCounts>> subtreeCounts(Condition selection, PeriodSeries periods) {
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

    /** The units matching the condition, by code. */
    private List<Unit> selectUnits(Condition selection) {
        return new Listing<>(em, Model.UNIT, JpaUnitRepository.BY_CODE, List.of()).all(Criteria.where(selection));
    }

    private static List<Long> ids(List<Unit> units) {
        return units.stream().map(Unit::id).toList();
    }
}

package vn.cchc.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import vn.cchc.domain.period.Period;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.ProcedureField;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.statistics.DossierCounts;
import vn.cchc.domain.statistics.DossierDimension;
import vn.cchc.domain.statistics.DossierStatistics;
import vn.cchc.domain.statistics.DossierStatisticsQuery;
import vn.cchc.domain.unit.Unit;

/**
 * Dossier statistics as GROUP BY statements in JPA Criteria queries: the database counts, Java only names the groups.
 * They read the quarterly summary ({@link JpaDossierSummary}) in one statement for all the periods of a query when it
 * covers them and the dossier condition names only what its rows have (unit, procedure, channel, kind); otherwise
 * they count the dossiers with one statement per period ({@link DossierScan}). Either way the number of statements
 * follows the query's shape, never the number of dossiers, and the numbers are the same. A query counting reporting
 * windows instead of calendar periods reads the half-month summary ({@link UnitHalfMonthSummary}) when it groups and
 * filters by the unit alone and its windows are whole half-months, and counts the dossiers over each window otherwise.
 */
final class JpaDossierStatistics {

    private static final Set<DossierDimension> DETAILS = EnumSet.of(DossierDimension.FIELD, DossierDimension.PROCEDURE,
            DossierDimension.CHANNEL, DossierDimension.KIND);
    /** The measures in the order of {@link DossierCounts}, named as its components: a summary row's attributes bear the same names. */
    private static final List<String> MEASURES = Arrays.stream(DossierCounts.class.getRecordComponents())
            .map(RecordComponent::getName).toList();

    private final EntityManager em;
    private final JpaUnitRepository unitRepository;
    private final JpaDossierSummary summary;

    JpaDossierStatistics(EntityManager em, JpaUnitRepository unitRepository, JpaDossierSummary summary) {
        this.em = em;
        this.unitRepository = unitRepository;
        this.summary = summary;
    }

    /** As {@link vn.cchc.domain.statistics.StatisticsRepository#dossierStatistics}. */
    List<DossierStatistics> statistics(DossierStatisticsQuery query) {
        Set<DossierDimension> dims = query.groupsWithinPeriod();
        List<DossierDimension> keys = Arrays.stream(DossierDimension.values()).filter(dims::contains).toList();
        List<Object[]> rows = new ArrayList<>();
        List<Period> rowPeriods = new ArrayList<>();
        BiConsumer<Period, Object[]> collect = (period, row) -> {
            rows.add(row);
            rowPeriods.add(period);
        };
        Optional<Model<? extends QuarterSummary>> summaryModel = query.byCalendar() ? summaryFor(query) : Optional.empty();
        if (summaryModel.isPresent()) {
            fromSummary(query, keys, summaryModel.get(), collect);
        } else if (!query.byCalendar() && halfMonthsAnswer(query)) {
            fromHalfMonths(query, keys, collect);
        } else {
            CriteriaQuery<Object[]> q = em.getCriteriaBuilder().createQuery(Object[].class);
            Root<Dossier> d = q.from(Dossier.class);
            Groups groups = groups(query, keys, q, d, Model.DOSSIER);
            DossierScan.count(em, q, d, groups.keys(), groups.conditions(), query.periods(), query::startOf, query::endOf,
                    collect);
        }
        return named(keys, rows, rowPeriods);
    }

    /**
     * True when the half-month summary answers a query whose periods stand for other days than their calendar ones
     * (reporting windows): it neither groups nor filters by more than the unit, every window is a run of whole
     * half-months (from a 1st or a 15th to a 14th or a month's last day) and the summary covers them.
     */
    private boolean halfMonthsAnswer(DossierStatisticsQuery query) {
        if (query.groupBy().stream().anyMatch(DETAILS::contains)
                || !Model.UNIT_HALF_MONTH_SUMMARY.reads(query.criteria().dossiers())) {
            return false;
        }
        LocalDate first = null;
        LocalDate last = null;
        for (Period period : query.periods()) {
            LocalDate start = query.startOf(period);
            LocalDate end = query.endOf(period);
            if (!UnitHalfMonthSummary.isStart(start) || !UnitHalfMonthSummary.isEnd(end)) {
                return false;
            }
            first = first == null || start.isBefore(first) ? start : first;
            last = last == null || end.isAfter(last) ? end : last;
        }
        return summary.covers(first, last);
    }

    /**
     * The measures of each period's window from the half-month rows {@code s} it is made of, in one statement for all
     * the periods: the database sums each group's rows by half-month, and each window then adds up its half-months
     * (at most six a quarter, a few hundred rows for a dashboard): carried over is its first half-month's, in progress
     * its last half-month's, every other measure the sum, as {@link #fromSummary} does with quarters. A group is
     * answered for a window when it has a summary row there, as a GROUP BY over the window's rows would.
     */
    private void fromHalfMonths(DossierStatisticsQuery query, List<DossierDimension> dimensions,
                                BiConsumer<Period, Object[]> rows) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<UnitHalfMonthSummary> s = q.from(UnitHalfMonthSummary.class);
        Groups shape = groups(query, dimensions, q, s, Model.UNIT_HALF_MONTH_SUMMARY);
        Path<LocalDate> startsOn = s.get("startsOn");
        List<Expression<?>> keys = new ArrayList<>(shape.keys());
        keys.add(startsOn);
        List<Selection<?>> columns = new ArrayList<>(keys);
        MEASURES.forEach(measure -> columns.add(cb.sum(s.<Long>get(measure))));
        LocalDate first = null;
        LocalDate last = null;
        for (Period period : query.periods()) {
            LocalDate from = query.startOf(period);
            LocalDate lastHalf = UnitHalfMonthSummary.startOf(query.endOf(period));
            first = first == null || from.isBefore(first) ? from : first;
            last = last == null || lastHalf.isAfter(last) ? lastHalf : last;
        }
        List<Predicate> conditions = new ArrayList<>(shape.conditions());
        conditions.add(cb.between(startsOn, first, last));
        q.multiselect(columns).where(conditions.toArray(Predicate[]::new)).groupBy(keys);
        List<Object[]> halves = em.createQuery(q).getResultList();
        int groupKeys = shape.keys().size();
        for (Period period : query.periods()) {
            LocalDate from = query.startOf(period);
            LocalDate lastHalf = UnitHalfMonthSummary.startOf(query.endOf(period));
            Map<List<Object>, long[]> windows = new LinkedHashMap<>();
            for (Object[] half : halves) {
                LocalDate day = (LocalDate) half[groupKeys];
                if (day.isBefore(from) || day.isAfter(lastHalf)) {
                    continue;
                }
                long[] sums = windows.computeIfAbsent(Arrays.asList(half).subList(0, groupKeys), g -> new long[MEASURES.size()]);
                for (int m = 0; m < MEASURES.size(); m++) {
                    String measure = MEASURES.get(m);
                    // carried over and in progress stand at a window's start and end; the others happen in it and add up
                    boolean counts = measure.equals("carriedOver") ? day.equals(from)
                            : !measure.startsWith("inProgress") || day.equals(lastHalf);
                    Object value = half[groupKeys + 1 + m];
                    sums[m] += counts && value != null ? ((Number) value).longValue() : 0;
                }
            }
            if (windows.isEmpty() && groupKeys == 0) {
                // without groups each period has a row, even one no summary row falls in
                rows.accept(period, DossierScan.nothingCounted());
            }
            windows.forEach((group, sums) -> {
                Object[] row = new Object[groupKeys + sums.length];
                for (int k = 0; k < groupKeys; k++) {
                    row[k] = group.get(k);
                }
                for (int m = 0; m < sums.length; m++) {
                    row[groupKeys + m] = sums[m];
                }
                rows.accept(period, row);
            });
        }
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
        return model.reads(dossiers) && summary.covers(periods.get(0), periods.get(periods.size() - 1))
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
        for (String measure : MEASURES) {
            // carried over and in progress stand at a period's start and end; the others happen in it and add up
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
        Map<Long, Unit> units = byId(unitRepository.findByIds(unitIds), Unit::id);
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
}

package vn.cchc.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.DossierStatus;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.statistics.DossierCounts;

/**
 * The dossier measures counted from the dossiers themselves, as GROUP BY statements with SUM(CASE ...) in JPA
 * Criteria queries, one per period (a measure depends on its period's start and end). The one definition of the
 * measures: the quarterly summary is filled with it, and statistics the summary cannot answer use it directly.
 */
final class DossierScan {

    private static final int MEASURE_COUNT = 10;

    private DossierScan() {
    }

    /**
     * For each period, the measures of the dossiers {@code d} of {@code query} that {@code conditions} keep, grouped
     * by {@code keys}: every row (the keys, then the measures) goes to {@code rows} with its period. Without keys,
     * each period has one row, of nulls when no dossier matters to it.
     */
    static void count(EntityManager em, CriteriaQuery<Object[]> query, Root<Dossier> d, List<Expression<?>> keys,
                      List<Predicate> conditions, List<Period> periods, BiConsumer<Period, Object[]> rows) {
        count(em, query, d, keys, conditions, periods, Period::startDate, Period::endDate, rows);
    }

    /**
     * As {@link #count(EntityManager, CriteriaQuery, Root, List, List, List, BiConsumer)} over any spans of days, each
     * from {@code startOf} to {@code endOf} (a period's window, a half-month): every row goes to {@code rows} with its span.
     */
    static <T> void count(EntityManager em, CriteriaQuery<Object[]> query, Root<Dossier> d, List<Expression<?>> keys,
                          List<Predicate> conditions, List<T> spans, Function<T, LocalDate> startOf, Function<T, LocalDate> endOf,
                          BiConsumer<T, Object[]> rows) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        ParameterExpression<LocalDate> start = cb.parameter(LocalDate.class, "start");
        ParameterExpression<LocalDate> end = cb.parameter(LocalDate.class, "end");
        List<Selection<?>> columns = new ArrayList<>(keys);
        measures(cb, d, start, end).forEach(m -> columns.add(cb.sum(cb.<Integer>selectCase().when(m, 1).otherwise(0))));
        List<Predicate> where = new ArrayList<>(conditions);
        // the dossiers that matter to a span: received before it ends and not closed before it starts
        where.add(cb.lessThanOrEqualTo(d.get("receivedOn"), end));
        where.add(cb.or(cb.isNull(d.get("closedOn")), cb.greaterThanOrEqualTo(d.get("closedOn"), start)));
        query.multiselect(columns).where(where.toArray(Predicate[]::new));
        if (!keys.isEmpty()) {
            query.groupBy(keys);
        }
        TypedQuery<Object[]> statement = em.createQuery(query);
        for (T span : spans) {
            statement.setParameter(start, startOf.apply(span)).setParameter(end, endOf.apply(span));
            for (Object[] row : statement.getResultList()) {
                rows.accept(span, row);
            }
        }
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

    /** A row of measures where nothing was counted: zeros for {@link #counts}. */
    static Object[] nothingCounted() {
        return new Object[MEASURE_COUNT];
    }

    /**
     * The measures from {@code offset} on, in the order of {@link DossierCounts}; an aggregate without GROUP BY over
     * no rows gives nulls, which are zeros.
     */
    static DossierCounts counts(Object[] row, int offset) {
        long[] c = new long[MEASURE_COUNT];
        for (int i = 0; i < c.length; i++) {
            c[i] = row[offset + i] == null ? 0 : ((Number) row[offset + i]).longValue();
        }
        return new DossierCounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]);
    }
}

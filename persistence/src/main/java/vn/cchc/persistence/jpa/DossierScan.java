package vn.cchc.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.DossierStatus;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.statistics.DossierCounts;

/**
 * The dossier measures counted from the dossiers themselves, as GROUP BY statements with SUM(CASE ...) in JPQL, one
 * per period (a measure depends on its period's start and end). The one definition of the measures: the quarterly
 * summary is filled with it, and statistics of periods the summary does not cover use it directly.
 */
final class DossierScan {

    /**
     * The measures of {@link DossierCounts}, in its order, over the dossiers that matter to a period: received
     * before it ends and not closed before it starts. Among those, "received before the start" is carried over and
     * "closed on or before the end" is closed in the period.
     */
    private static final List<String> MEASURES = List.of(
            "d.receivedOn < :start",
            "d.receivedOn >= :start",
            "d.status = :early AND d.closedOn <= :end",
            "d.status = :onTime AND d.closedOn <= :end",
            "d.status = :late AND d.closedOn <= :end",
            "d.status = :returned AND d.closedOn <= :end",
            "d.status = :withdrawn AND d.closedOn <= :end",
            "(d.closedOn IS NULL OR d.closedOn > :end) AND d.dueOn >= :end",
            "(d.closedOn IS NULL OR d.closedOn > :end) AND d.dueOn < :end",
            "d.channel = :online AND d.receivedOn >= :start");
    private static final String MATTERS_TO_PERIOD = "d.receivedOn <= :end AND (d.closedOn IS NULL OR d.closedOn >= :start)";

    private DossierScan() {
    }

    /**
     * For each period, the measures of the dossiers {@code d} in {@code from} that {@code where} keeps, grouped by
     * {@code keys}: every row (the keys, then the measures) goes to {@code rows} with its period. Without keys, each
     * period has one row, of nulls when no dossier matters to it.
     */
    static void count(EntityManager em, List<String> keys, String from, Jpql where, List<Period> periods,
                      BiConsumer<Period, Object[]> rows) {
        String keyList = String.join(", ", keys);
        String statement = "SELECT " + (keys.isEmpty() ? "" : keyList + ", ")
                + MEASURES.stream().map(m -> "SUM(CASE WHEN " + m + " THEN 1 ELSE 0 END)").collect(Collectors.joining(", "))
                + " FROM " + from
                + where.where(MATTERS_TO_PERIOD).whereClause()
                + (keys.isEmpty() ? "" : " GROUP BY " + keyList);
        Query query = where.set("early", DossierStatus.RESOLVED_EARLY).set("onTime", DossierStatus.RESOLVED_ON_TIME)
                .set("late", DossierStatus.RESOLVED_LATE).set("returned", DossierStatus.RETURNED)
                .set("withdrawn", DossierStatus.WITHDRAWN).set("online", DossierChannel.ONLINE)
                .query(em, statement);
        for (Period period : periods) {
            query.setParameter("start", period.startDate()).setParameter("end", period.endDate());
            for (Object row : query.getResultList()) {
                rows.accept(period, (Object[]) row);
            }
        }
    }

    /** A row of measures where nothing was counted: zeros for {@link #counts}. */
    static Object[] nothingCounted() {
        return new Object[MEASURES.size()];
    }

    /**
     * The measures from {@code offset} on, in the order of {@link DossierCounts}; an aggregate without GROUP BY over
     * no rows gives nulls, which are zeros.
     */
    static DossierCounts counts(Object[] row, int offset) {
        long[] c = new long[MEASURES.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = row[offset + i] == null ? 0 : ((Number) row[offset + i]).longValue();
        }
        return new DossierCounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]);
    }
}

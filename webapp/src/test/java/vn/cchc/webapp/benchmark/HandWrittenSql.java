package vn.cchc.webapp.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The benchmark queries written by hand in SQL and run over JDBC on the same embedded Derby database, for comparison
 * with the GraphQL timings. The server must be stopped first: embedded Derby allows one process. Each query reads
 * every row of its result (as a server would to answer) and must return some; it is timed after a warm-up.
 *
 * <pre>
 * java -cp ... vn.cchc.webapp.benchmark.HandWrittenSql /tmp/bench-db/cchc [query ...]  -Dbench.warmup=3 -Dbench.requests=20
 * </pre>
 * Queries: dashboard (one statement for the 8 quarters over the dossiers), dashboard-per-quarter (one statement per
 * quarter, the shape the application used before the summary), dashboard-summary (one statement over the quarterly
 * summary, the application's shape), ranking (over the dossiers), ranking-summary (over the summary), deep, or
 * {@code file:<path>}: every line of the file as one statement (to
 * replay the SQL the application sent, copied from Derby's statement log).
 */
public final class HandWrittenSql {

    /** Dashboard quarters: 2024-Q1 .. 2025-Q4 as (year, number, first day, last day). */
    private static final String QUARTERS = "(VALUES "
            + "(2024, 1, DATE('2024-01-01'), DATE('2024-03-31')), (2024, 2, DATE('2024-04-01'), DATE('2024-06-30')), "
            + "(2024, 3, DATE('2024-07-01'), DATE('2024-09-30')), (2024, 4, DATE('2024-10-01'), DATE('2024-12-31')), "
            + "(2025, 1, DATE('2025-01-01'), DATE('2025-03-31')), (2025, 2, DATE('2025-04-01'), DATE('2025-06-30')), "
            + "(2025, 3, DATE('2025-07-01'), DATE('2025-09-30')), (2025, 4, DATE('2025-10-01'), DATE('2025-12-31'))"
            + ") AS Q (Y, N, S, E)";

    /** The measures of a period [S, E] over the dossiers that matter to it, as the schema defines them. */
    private static final String MEASURES = String.join(", ",
            "SUM(CASE WHEN d.RECEIVED_ON < S THEN 1 ELSE 0 END)",
            "SUM(CASE WHEN d.RECEIVED_ON >= S THEN 1 ELSE 0 END)",
            "SUM(CASE WHEN d.STATUS = 'RESOLVED_EARLY' AND d.CLOSED_ON <= E THEN 1 ELSE 0 END)",
            "SUM(CASE WHEN d.STATUS = 'RESOLVED_ON_TIME' AND d.CLOSED_ON <= E THEN 1 ELSE 0 END)",
            "SUM(CASE WHEN d.STATUS = 'RESOLVED_LATE' AND d.CLOSED_ON <= E THEN 1 ELSE 0 END)",
            "SUM(CASE WHEN d.STATUS = 'RETURNED' AND d.CLOSED_ON <= E THEN 1 ELSE 0 END)",
            "SUM(CASE WHEN d.STATUS = 'WITHDRAWN' AND d.CLOSED_ON <= E THEN 1 ELSE 0 END)",
            "SUM(CASE WHEN (d.CLOSED_ON IS NULL OR d.CLOSED_ON > E) AND d.DUE_ON >= E THEN 1 ELSE 0 END)",
            "SUM(CASE WHEN (d.CLOSED_ON IS NULL OR d.CLOSED_ON > E) AND d.DUE_ON < E THEN 1 ELSE 0 END)",
            "SUM(CASE WHEN d.CHANNEL = 'ONLINE' AND d.RECEIVED_ON >= S THEN 1 ELSE 0 END)");

    /** Each department of the province (G) with every unit of its subtree (U); '?' is the province's path + '%'. */
    private static final String DEPARTMENT_UNITS = "UNIT G JOIN UNIT U ON SUBSTR(U.TREE_PATH, 1, LENGTH(G.TREE_PATH)) = G.TREE_PATH"
            + " WHERE G.KIND = 'DEPARTMENT' AND G.TREE_PATH LIKE ?";

    private static final String DASHBOARD_DOSSIERS = "SELECT G.ID, Q.Y, Q.N, " + MEASURES
            + " FROM " + QUARTERS + ", DOSSIER d, " + DEPARTMENT_UNITS
            + " AND d.UNIT_ID = U.ID AND d.RECEIVED_ON <= Q.E AND (d.CLOSED_ON IS NULL OR d.CLOSED_ON >= Q.S)"
            + " GROUP BY G.ID, Q.Y, Q.N";

    private static final String PERIOD_DOSSIERS = "SELECT G.ID, " + MEASURES.replace(" S ", " CAST(? AS DATE) ")
            .replace("< S)", "< CAST(? AS DATE))").replace(">= S)", ">= CAST(? AS DATE))")
            .replace("<= E ", "<= CAST(? AS DATE) ").replace("> E)", "> CAST(? AS DATE))")
            .replace(">= E ", ">= CAST(? AS DATE) ").replace("< E ", "< CAST(? AS DATE) ")
            + " FROM DOSSIER d, " + DEPARTMENT_UNITS
            + " AND d.UNIT_ID = U.ID AND d.RECEIVED_ON <= ? AND (d.CLOSED_ON IS NULL OR d.CLOSED_ON >= ?) GROUP BY G.ID";

    /**
     * The dashboard's dossier measures from the quarterly summary by unit (DOSSIER_UNIT_QUARTER_SUMMARY), as the
     * application reads them: each quarter's row of every unit of each department's subtree, summed.
     */
    private static final String DASHBOARD_SUMMARY = "SELECT G.ID, S.PERIOD_YEAR, S.PERIOD_NUMBER, SUM(S.CARRIED_OVER),"
            + " SUM(S.RECEIVED), SUM(S.RESOLVED_EARLY), SUM(S.RESOLVED_ON_TIME), SUM(S.RESOLVED_LATE), SUM(S.RETURNED),"
            + " SUM(S.WITHDRAWN), SUM(S.IN_PROGRESS_NOT_DUE), SUM(S.IN_PROGRESS_OVERDUE), SUM(S.ONLINE_RECEIVED)"
            + " FROM DOSSIER_UNIT_QUARTER_SUMMARY S, " + DEPARTMENT_UNITS
            + " AND S.UNIT_ID = U.ID AND S.PERIOD_YEAR BETWEEN 2024 AND 2025 GROUP BY G.ID, S.PERIOD_YEAR, S.PERIOD_NUMBER";

    /**
     * Totals (no breakdown) of reported indicators per department and quarter, ordinals year*4+quarter in [?, ?], from
     * the reports Home Affairs counts (submitted or approved, not superseded by a counted correction), as the API does.
     */
    private static final String SERIES = "SELECT G.ID, I.CODE, o.PERIOD_YEAR, o.PERIOD_NUMBER, SUM(o.OBSERVED_VALUE),"
            + " SUM(o.NUMERATOR), SUM(o.DENOMINATOR), COUNT(*)"
            + " FROM OBSERVATION o JOIN INDICATOR_DEFINITION I ON I.ID = o.INDICATOR_ID JOIN UNIT G ON G.ID = o.UNIT_ID"
            + " LEFT JOIN REPORT R ON R.ID = o.REPORT_ID"
            + " WHERE I.CODE IN (?, ?, ?) AND o.BREAKDOWN_KEY = '' AND o.SOURCE = 'REPORTED' AND o.PERIOD_TYPE = 'QUARTER'"
            + " AND o.PERIOD_YEAR * 4 + o.PERIOD_NUMBER BETWEEN ? AND ? AND G.KIND = 'DEPARTMENT' AND G.TREE_PATH LIKE ?"
            + " AND (R.ID IS NULL OR (R.STATUS IN ('SUBMITTED', 'APPROVED') AND NOT EXISTS (SELECT 1 FROM REPORT N"
            + " WHERE N.REVISES_ID = R.ID AND N.STATUS IN ('SUBMITTED', 'APPROVED'))))"
            + " GROUP BY G.ID, I.CODE, o.PERIOD_YEAR, o.PERIOD_NUMBER";

    private HandWrittenSql() {
    }

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "/tmp/bench-db/cchc";
        List<String> names = args.length > 1 ? Arrays.asList(args).subList(1, args.length)
                : List.of("dashboard", "dashboard-per-quarter", "ranking", "deep");
        int warmup = Integer.getInteger("bench.warmup", 3);
        int requests = Integer.getInteger("bench.requests", 20);
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + database)) {
            db.setReadOnly(true);
            db.setAutoCommit(false);
            String province = province(db);
            System.out.printf(Locale.ROOT, "database %s, warm-up %d, %d runs each%n", database, warmup, requests);
            System.out.println("| query | runs | statements | rows | p50 ms | p95 ms | max ms |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (String name : names) {
                int[] shape = {0, 0};
                for (int i = 0; i < warmup; i++) {
                    shape = run(db, name, province);
                }
                List<Long> nanos = new ArrayList<>();
                for (int i = 0; i < requests; i++) {
                    long t0 = System.nanoTime();
                    shape = run(db, name, province);
                    nanos.add(System.nanoTime() - t0);
                    db.commit();
                }
                Collections.sort(nanos);
                System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.1f |%n", name, requests, shape[0], shape[1],
                        GraphQLBenchmark.percentile(nanos, 50) / 1e6, GraphQLBenchmark.percentile(nanos, 95) / 1e6,
                        nanos.get(nanos.size() - 1) / 1e6);
            }
        }
    }

    private static String province(Connection db) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT TREE_PATH FROM UNIT WHERE CODE = 'MH-TINH'");
             ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new IllegalStateException("the demo province is not loaded in this database");
            }
            return r.getString(1).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }
    }

    /** Runs one query set; returns {statements, rows read}. */
    private static int[] run(Connection db, String name, String province) throws SQLException, java.io.IOException {
        Counter c = new Counter(db);
        switch (name) {
            case "dashboard" -> {
                c.rows(DASHBOARD_DOSSIERS, province);
                c.rows(SERIES, "DOSSIERS_RECEIVED", "DOSSIERS_ONLINE", "DOSSIERS_LATE", 2023 * 4 + 1, 2025 * 4 + 4, province);
            }
            case "dashboard-per-quarter" -> {
                for (int year = 2024; year <= 2025; year++) {
                    for (int q = 1; q <= 4; q++) {
                        java.sql.Date s = java.sql.Date.valueOf(java.time.LocalDate.of(year, 3 * q - 2, 1));
                        java.sql.Date e = java.sql.Date.valueOf(s.toLocalDate().plusMonths(3).minusDays(1));
                        c.rows(PERIOD_DOSSIERS, s, s, e, e, e, e, e, e, e, e, e, s, province, e, s);
                    }
                }
                c.rows(SERIES, "DOSSIERS_RECEIVED", "DOSSIERS_ONLINE", "DOSSIERS_LATE", 2023 * 4 + 1, 2025 * 4 + 4, province);
            }
            case "dashboard-summary" -> {
                c.rows(DASHBOARD_SUMMARY, province);
                c.rows(SERIES, "DOSSIERS_RECEIVED", "DOSSIERS_ONLINE", "DOSSIERS_LATE", 2023 * 4 + 1, 2025 * 4 + 4, province);
            }
            case "ranking-summary" -> {
                c.rows("SELECT G.ID, G.CODE, SUM(S.ONLINE_RECEIVED), SUM(S.RECEIVED) FROM DOSSIER_UNIT_QUARTER_SUMMARY S, "
                        + DEPARTMENT_UNITS + " AND S.UNIT_ID = U.ID AND S.PERIOD_YEAR = 2025 AND S.PERIOD_NUMBER = 4"
                        + " GROUP BY G.ID, G.CODE ORDER BY SUM(S.ONLINE_RECEIVED) * 1.0 / SUM(S.RECEIVED) DESC", province);
                indicatorRanking(c, province);
            }
            case "ranking" -> {
                java.sql.Date s = java.sql.Date.valueOf("2025-10-01");
                java.sql.Date e = java.sql.Date.valueOf("2025-12-31");
                c.rows("SELECT G.ID, G.CODE, SUM(CASE WHEN d.CHANNEL = 'ONLINE' THEN 1 ELSE 0 END), COUNT(*) FROM DOSSIER d, "
                        + DEPARTMENT_UNITS + " AND d.UNIT_ID = U.ID AND d.RECEIVED_ON BETWEEN ? AND ? GROUP BY G.ID, G.CODE"
                        + " ORDER BY 3 * 1.0 / COUNT(*) DESC", province, s, e);
                indicatorRanking(c, province);
            }
            case "deep" -> deep(c);
            default -> {
                if (!name.startsWith("file:")) {
                    throw new IllegalArgumentException("unknown query " + name);
                }
                for (String sql : java.nio.file.Files.readAllLines(java.nio.file.Path.of(name.substring(5)))) {
                    if (!sql.isBlank()) {
                        c.rows(sql);
                    }
                }
            }
        }
        if (c.rows == 0) {
            throw new IllegalStateException(name + " returned no rows");
        }
        return new int[] {c.statements, c.rows};
    }

    /** The departments ranked by their own reported PROCEDURES_ONLINE_LEVEL3 for 2025-Q4. */
    private static void indicatorRanking(Counter c, String province) throws SQLException {
        c.rows("SELECT G.ID, G.CODE, SUM(o.OBSERVED_VALUE), SUM(o.NUMERATOR), SUM(o.DENOMINATOR)"
                + " FROM UNIT G LEFT JOIN OBSERVATION o ON o.UNIT_ID = G.ID AND o.BREAKDOWN_KEY = '' AND o.SOURCE = 'REPORTED'"
                + " AND o.PERIOD_TYPE = 'QUARTER' AND o.PERIOD_YEAR = 2025 AND o.PERIOD_NUMBER = 4"
                + " AND o.INDICATOR_ID = (SELECT ID FROM INDICATOR_DEFINITION WHERE CODE = 'PROCEDURES_ONLINE_LEVEL3')"
                + " WHERE G.KIND = 'DEPARTMENT' AND G.TREE_PATH LIKE ? GROUP BY G.ID, G.CODE ORDER BY 3 DESC", province);
    }

    /** The deep nested query, level by level: one statement per relation for all the parents of a level. */
    private static void deep(Counter c) throws SQLException {
        List<Long> top = c.ids("SELECT ID FROM UNIT WHERE CODE = 'MH-UBND'");
        List<Long> children = c.ids("SELECT ID, CODE, NAME, KIND FROM UNIT WHERE PARENT_ID IN " + in(top) + " ORDER BY CODE");
        List<Long> reports = c.ids("SELECT ID, UNIT_ID, TITLE, STATUS, PERIOD_YEAR, PERIOD_NUMBER FROM REPORT WHERE UNIT_ID IN "
                + in(children) + " ORDER BY UNIT_ID, PERIOD_YEAR DESC, PERIOD_NUMBER DESC");
        List<Long> sections = c.ids("SELECT ID, REPORT_ID, SECTION_NUMBER, HEADING FROM REPORT_SECTION WHERE REPORT_ID IN "
                + in(reports) + " ORDER BY REPORT_ID, POSITION");
        List<Long> items = c.ids("SELECT ID, SECTION_ID, TEXT FROM REPORT_ITEM WHERE SECTION_ID IN " + in(sections)
                + " ORDER BY SECTION_ID, POSITION");
        c.ids("SELECT l.ITEM_ID, d.ID FROM REPORT_ITEM_DOCUMENT l JOIN DOCUMENT d ON d.ID = l.DOCUMENT_ID WHERE l.ITEM_ID IN " + in(items));
        c.ids("SELECT o.ID, o.UNIT_ID, I.CODE, I.NAME_VI, o.PERIOD_YEAR, o.PERIOD_NUMBER, o.OBSERVED_VALUE, o.NUMERATOR, o.DENOMINATOR"
                + " FROM OBSERVATION o JOIN INDICATOR_DEFINITION I ON I.ID = o.INDICATOR_ID WHERE o.UNIT_ID IN " + in(children));
        c.ids("SELECT d.ID, d.ISSUER_ID FROM DOCUMENT d WHERE d.ISSUER_ID IN " + in(children));
        List<Long> grandchildren = c.ids("SELECT ID, CODE, NAME, KIND, AUTONOMY_REGIME, PARENT_ID FROM UNIT WHERE PARENT_ID IN "
                + in(children) + " ORDER BY PARENT_ID, CODE");
        c.ids("SELECT ID, CODE, NAME, KIND, PARENT_ID FROM UNIT WHERE PARENT_ID IN " + in(grandchildren) + " ORDER BY PARENT_ID, CODE");
    }

    private static String in(List<Long> ids) {
        return ids.isEmpty() ? "(-1)" : ids.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }

    /** Runs statements, reads every column of every row, counts statements and rows. */
    private static final class Counter {
        private final Connection db;
        int statements;
        int rows;

        Counter(Connection db) {
            this.db = db;
        }

        void rows(String sql, Object... parameters) throws SQLException {
            ids(sql, parameters);
        }

        /** The first column of every row, as longs. */
        List<Long> ids(String sql, Object... parameters) throws SQLException {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = db.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setObject(i + 1, parameters[i]);
                }
                statements++;
                try (ResultSet r = s.executeQuery()) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        rows++;
                        ids.add(r.getLong(1));
                        for (int k = 2; k <= columns; k++) {
                            r.getObject(k);
                        }
                    }
                }
            }
            return ids;
        }
    }
}

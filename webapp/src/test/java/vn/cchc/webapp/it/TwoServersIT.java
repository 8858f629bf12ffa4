package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.webapp.it.Writes.of;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two servers on one PostgreSQL database (run in the PostgreSQL pass only): nothing in a server's memory decides what
 * the data are. The server Arquillian manages is "one", the one this test starts is "two".
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServersIT extends DeployedApplication {

    private static final String UNIT = "NA-SKHCN-MC";
    private static final SecondServer SECOND = new SecondServer();

    private GraphQLClient one;
    private GraphQLClient two;

    @BeforeAll
    static void startTheSecondServer() throws Exception {
        SECOND.start();
    }

    @AfterAll
    static void stopTheSecondServer() throws Exception {
        SECOND.stop();
    }

    @BeforeEach
    void clients() {
        one = client;
        two = new GraphQLClient(SECOND.base());
    }

    @Test
    @Order(1)
    void shouldReadOnOneServerAWriteMadeOnTheOtherAtOnce() {
        JsonObject made = Writes.draft(one.as(GraphQLClient.REPORTER), UNIT, 2025, 3, "Báo cáo quý III năm 2025 (máy chủ một)");
        String report = "{ report(id: \"" + made.getJsonObject("report").getString("id") + "\") { title version status } }";
        assertThat(two.data(report)).isEqualTo(one.data(report));
        assertThat(two.data(report).getJsonObject("report").getString("title")).isEqualTo("Báo cáo quý III năm 2025 (máy chủ một)");
    }

    @Test
    @Order(2)
    void shouldLetOneOfTwoEditsOfTheSameVersionThroughTheTwoServersAndRefuseTheOtherWithConflict() throws Exception {
        JsonObject read = Writes.draft(one.as(GraphQLClient.REPORTER), UNIT, 2025, 4, "Báo cáo quý IV năm 2025");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<JsonObject>> answers = new ArrayList<>();
        try {
            for (GraphQLClient server : List.of(one, two)) {
                String input = of(read, "\"title\": \"Bản sửa qua máy chủ " + (server == one ? "một" : "hai") + "\"");
                Callable<JsonObject> edit = () -> Writes.send(server.as(GraphQLClient.REPORTER), "updateReportHeading",
                        "UpdateReportHeadingInput", input);
                answers.add(pool.submit(edit));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<JsonObject> answer : answers) {
                JsonObject response = answer.get(60, TimeUnit.SECONDS);
                outcomes.add(response.containsKey("errors") ? Writes.code(response.getJsonArray("errors").getJsonObject(0)) : "ok");
            }
            assertThat(outcomes).containsExactlyInAnyOrder("ok", "CONFLICT");
        } finally {
            pool.shutdownNow();
        }
        String report = "{ report(id: \"" + read.getJsonObject("report").getString("id") + "\") { title version } }";
        JsonObject onOne = one.data(report).getJsonObject("report");
        assertThat(two.data(report).getJsonObject("report")).isEqualTo(onOne);
        assertThat(onOne.getInt("version")).as("one edit, not two").isEqualTo(read.getInt("version") + 1);
    }

    @Test
    @Order(3)
    void shouldShowAWriteOnEitherServerAtTheNextReadThoughBothKeptTheAnswerBefore() {
        JsonObject made = Writes.draft(one.as(GraphQLClient.REPORTER), UNIT, 2026, 1, "Báo cáo quý I năm 2026");
        String report = "{ report(id: \"" + made.getJsonObject("report").getString("id") + "\") { title version } }";
        JsonObject payload = made;
        for (GraphQLClient[] writerReader : new GraphQLClient[][] {{one, two}, {two, one}}) {
            GraphQLClient writer = writerReader[0];
            GraphQLClient reader = writerReader[1];
            reader.post(report);
            assertThat(reader.post(report).getJsonObject("extensions").getString("cache")).as("kept").isEqualTo("HIT");
            String title = "Bản sửa qua máy chủ " + (writer == one ? "một" : "hai");
            payload = Writes.ok(writer.as(GraphQLClient.REPORTER), "updateReportHeading", "UpdateReportHeadingInput",
                    Writes.of(payload, "\"title\": \"" + title + "\""));
            JsonObject read = reader.post(report);
            assertThat(read.getJsonObject("extensions").getString("cache")).isEqualTo("MISS");
            assertThat(read.getJsonObject("data").getJsonObject("report").getString("title")).isEqualTo(title);
        }
    }

    @Test
    @Order(4)
    void shouldAnswerTheDashboardTheSameOnBothServers() {
        String dashboard = "{ dossierStatistics(period: {type: QUARTER, year: 2024, number: 2}, groupBy: [UNIT_SUBTREE],"
                + " filter: {unit: {within: \"MH-TINH\"}}, subtrees: {within: \"MH-TINH\", kind: {eq: DEPARTMENT}})"
                + " { subtree { code } received online resolvedLate onlineRate { percent } } }";
        JsonObject onOne = one.as(GraphQLClient.ANALYST).data(dashboard);
        assertThat(onOne.getJsonArray("dossierStatistics")).isNotEmpty();
        assertThat(two.as(GraphQLClient.ANALYST).data(dashboard)).isEqualTo(onOne);
    }

    @Test
    @Order(5)
    void shouldLeaveAnImportRunningOnOneServerAloneWhileTheOtherStopsAndStarts() throws Exception {
        String job;
        try (SummaryLock lock = new SummaryLock()) {
            job = accepted(base, file("IT-TWO-KEEP-", 20_000));
            lock.awaitWaiter();
            // the other server's stop and start (which ends the jobs whose server is gone) while this one writes
            SECOND.stop();
            SECOND.start();
            assertThat(state(job).getString("state")).as("still writing once the other server has started again").isEqualTo("WRITING");
        }
        JsonObject done = Imports.finished(one.as(GraphQLClient.ADMIN), job);
        assertThat(done.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(done.getInt("rowsWritten")).isEqualTo(20_000);
        assertThat(count("IT-TWO-KEEP-")).isEqualTo(20_000);
    }

    /** Last: it kills the second server. */
    @Test
    @Order(6)
    void shouldEndAnImportWhoseServerWasKilledWithNothingOfItWritten() throws Exception {
        String job;
        try (SummaryLock lock = new SummaryLock()) {
            job = accepted(SECOND.base(), file("IT-TWO-KILL-", 200_000));
            lock.awaitWaiter();
            SECOND.kill();
        }
        assertThat(state(job).getString("state")).as("still writing when killed").isEqualTo("WRITING");

        // the first server ends it once its lease has run out: a lease and a round of renewals
        Instant deadline = Instant.now().plusSeconds(120);
        JsonObject ended;
        do {
            Thread.sleep(1_000);
            ended = state(job);
        } while (!ended.getString("state").equals("FAILED") && Instant.now().isBefore(deadline));
        assertThat(ended.getString("state")).isEqualTo("FAILED");
        assertThat(ended.getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("IMPORT_INTERRUPTED");
        assertThat(count("IT-TWO-KILL-")).as("the batch wholly absent").isZero();
    }

    /**
     * The dossier summary's tables locked against writes by a transaction of this test, as another client's long
     * transaction could hold them: an import writes all its dossiers, then waits at its last step, the summary's
     * refresh, until the lock is released. So the test knows the import is in the middle of writing, whatever the
     * machine's speed.
     */
    private static final class SummaryLock implements AutoCloseable {

        private final Connection db;

        SummaryLock() throws SQLException {
            db = TestCluster.connect();
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                sql.execute("LOCK TABLE DOSSIER_QUARTER_SUMMARY, DOSSIER_UNIT_QUARTER_SUMMARY IN SHARE MODE");
            }
        }

        /** Returns once another transaction waits for this lock, at most three minutes on. */
        void awaitWaiter() throws SQLException, InterruptedException {
            Instant deadline = Instant.now().plusSeconds(180);
            try (Connection other = TestCluster.connect();
                    Statement sql = other.createStatement()) {
                while (true) {
                    try (ResultSet waiting = sql.executeQuery("SELECT COUNT(*) FROM pg_locks WHERE NOT granted"
                            + " AND relation IN ('dossier_quarter_summary'::regclass, 'dossier_unit_quarter_summary'::regclass)")) {
                        waiting.next();
                        if (waiting.getInt(1) > 0) {
                            return;
                        }
                    }
                    assertThat(Instant.now()).as("no import waited for the summary").isBefore(deadline);
                    Thread.sleep(200);
                }
            }
        }

        @Override
        public void close() throws SQLException {
            db.rollback();
            db.close();
        }
    }

    /** A file of new dossiers of the one-stop shop, coded prefix + index. */
    private static String file(String prefix, int rows) {
        StringBuilder csv = new StringBuilder("dossierCode,unitCode,procedureCode,receivedOn,dueOn,closedOn,channel,kind,status\n");
        for (int i = 0; i < rows; i++) {
            csv.append(prefix).append(i).append(",NA-SKHCN-MC,NA-SKHCN-NLNT-XQUANG,2024-01-02,2024-01-12,,ONLINE,NEW,RECEIVED\n");
        }
        return csv.toString();
    }

    /** Uploads the file to the server at that address as the reporter: the job's id. */
    private static String accepted(URL server, String csv) {
        HttpResponse<String> accepted = Imports.upload(server, GraphQLClient.REPORTER, "text/csv; charset=UTF-8", csv);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return Json.createReader(new StringReader(accepted.body())).readObject().getString("jobId");
    }

    private JsonObject state(String job) {
        return one.as(GraphQLClient.ADMIN).data("{ importJob(id: \"" + job + "\") { state errors { code } } }")
                .getJsonObject("importJob");
    }

    private int count(String prefix) {
        return one.as(GraphQLClient.ADMIN).data("{ dossiers(first: 0, filter: {code: {startsWith: \"" + prefix + "\"}}) { totalCount } }")
                .getJsonObject("dossiers").getInt("totalCount");
    }
}

package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.webapp.it.Writes.of;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
    void shouldAnswerTheDashboardTheSameOnBothServers() {
        String dashboard = "{ dossierStatistics(period: {type: QUARTER, year: 2024, number: 2}, groupBy: [UNIT_SUBTREE],"
                + " filter: {unit: {within: \"MH-TINH\"}}, subtrees: {within: \"MH-TINH\", kind: {eq: DEPARTMENT}})"
                + " { subtree { code } received online resolvedLate onlineRate { percent } } }";
        JsonObject onOne = one.as(GraphQLClient.ANALYST).data(dashboard);
        assertThat(onOne.getJsonArray("dossierStatistics")).isNotEmpty();
        assertThat(two.as(GraphQLClient.ANALYST).data(dashboard)).isEqualTo(onOne);
    }

    /** Last: it kills the second server. */
    @Test
    @Order(4)
    void shouldEndAnImportWhoseServerWasKilledWithNothingOfItWritten() throws Exception {
        StringBuilder csv = new StringBuilder("dossierCode,unitCode,procedureCode,receivedOn,dueOn,closedOn,channel,kind,status\n");
        for (int i = 0; i < 40_000; i++) {
            csv.append("IT-TWO-").append(i).append(",NA-SKHCN-MC,NA-SKHCN-NLNT-XQUANG,2024-01-02,2024-01-12,,ONLINE,NEW,RECEIVED\n");
        }
        String input = Json.createObjectBuilder().add("format", "CSV").add("content", csv.toString()).build().toString();
        String job = Writes.ok(two.as(GraphQLClient.REPORTER), "importDossiers", "ImportDossiersInput", input, "{ job { id } }")
                .getJsonObject("job").getString("id");
        SECOND.kill();
        String state = "{ importJob(id: \"" + job + "\") { state errors { code } } }";
        GraphQLClient admin = one.as(GraphQLClient.ADMIN);
        assertThat(admin.data(state).getJsonObject("importJob").getString("state")).as("still running when killed")
                .isIn("QUEUED", "VALIDATING", "WRITING");

        // the first server ends it once its lease has run out: a lease and a round of renewals
        Instant deadline = Instant.now().plusSeconds(120);
        JsonObject ended;
        while (true) {
            ended = admin.data(state).getJsonObject("importJob");
            if (ended.getString("state").equals("FAILED") || Instant.now().isAfter(deadline)) {
                break;
            }
            Thread.sleep(1_000);
        }
        assertThat(ended.getString("state")).isEqualTo("FAILED");
        assertThat(ended.getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("IMPORT_INTERRUPTED");
        assertThat(admin.data("{ dossiers(filter: {code: {startsWith: \"IT-TWO-\"}}) { totalCount } }")
                .getJsonObject("dossiers").getInt("totalCount")).as("the batch wholly absent").isZero();
    }
}

package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.webapp.it.Writes.of;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Optimistic locking: every change names the version it was made from; a change from a version that is no longer the
 * current one is refused with CONFLICT and the current version, so that no change is silently overwritten.
 */
class ConcurrentEditIT extends DeployedApplication {

    private static final String UNIT = "NA-SKHCN-MC";

    private static String title(String title) {
        return "\"title\": \"" + title + "\"";
    }

    @Test
    void shouldRefuseTheSecondOfTwoChangesMadeFromTheSameVersion() {
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        JsonObject read = Writes.draft(reporter, UNIT, 2022, 3, "Báo cáo quý III năm 2022 của Bộ phận một cửa");
        JsonObject first = Writes.ok(reporter, "updateReportHeading", "UpdateReportHeadingInput", of(read, title("Bản của người thứ nhất")));
        assertThat(first.getInt("version")).isEqualTo(read.getInt("version") + 1);

        List<JsonObject> errors = Writes.refused(client.as(GraphQLClient.ADMIN), "updateReportHeading", "UpdateReportHeadingInput",
                of(read, title("Bản của người thứ hai")));
        assertThat(errors).hasSize(1);
        assertThat(Writes.code(errors.get(0))).isEqualTo("CONFLICT");
        assertThat(Writes.field(errors.get(0))).isEqualTo("input.version");
        assertThat(errors.get(0).getJsonObject("extensions").getInt("currentVersion")).isEqualTo(first.getInt("version"));
        assertThat(errors.get(0).getString("message")).isEqualTo("Dữ liệu đã được người khác thay đổi: phiên bản gửi lên là "
                + read.getInt("version") + ", phiên bản hiện tại là " + first.getInt("version"));

        JsonObject now = client.data("{ report(id: \"" + read.getJsonObject("report").getString("id") + "\") { title version } }")
                .getJsonObject("report");
        assertThat(now.getString("title")).as("no lost update").isEqualTo("Bản của người thứ nhất");
        assertThat(now.getInt("version")).isEqualTo(first.getInt("version"));
    }

    @Test
    void shouldLetExactlyOneOfManySimultaneousChangesFromOneVersionThrough() throws Exception {
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        JsonObject read = Writes.draft(reporter, UNIT, 2022, 4, "Báo cáo quý IV năm 2022 của Bộ phận một cửa");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<JsonObject>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                String input = of(read, "\"observations\": [{\"indicatorCode\": \"DOSSIERS_RECEIVED\", \"value\": " + (10 + i) + "}]");
                Callable<JsonObject> change = () -> Writes.send(reporter, "recordObservations", "RecordObservationsInput", input);
                answers.add(pool.submit(change));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<JsonObject> answer : answers) {
                JsonObject response = answer.get(60, TimeUnit.SECONDS);
                outcomes.add(response.containsKey("errors") ? Writes.code(response.getJsonArray("errors").getJsonObject(0)) : "ok");
            }
            assertThat(outcomes).containsOnlyOnce("ok").containsOnly("ok", "CONFLICT");
        } finally {
            pool.shutdownNow();
        }
        JsonObject report = client.data("{ report(id: \"" + read.getJsonObject("report").getString("id")
                + "\") { version observations { totalCount } } }").getJsonObject("report");
        assertThat(report.getInt("version")).isEqualTo(read.getInt("version") + 1);
        assertThat(report.getJsonObject("observations").getInt("totalCount")).as("one change's figures, not a mix").isEqualTo(1);
    }
}

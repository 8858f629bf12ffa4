package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bulk import of dossiers over the HTTP upload and the mutation: the job's states and counts, all or nothing on a bad
 * row at the end of a large file, re-import changing nothing, updates, errors with line, column and reason in the
 * caller's language, the audit trail, and who may import what. Each test uses dossier codes of its own.
 */
class DossierImportIT extends DeployedApplication {

    private static final String HEADER = "dossierCode,unitCode,procedureCode,receivedOn,dueOn,closedOn,channel,kind,status\n";
    private static final String ONE_STOP = "NA-SKHCN-MC";
    private static final String XRAY = "NA-SKHCN-NLNT-XQUANG";

    private String prefix;

    @BeforeEach
    void codes() {
        prefix = "IT-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    /** {@code count} good rows of the one-stop shop, codes prefix + index, half of them resolved early. */
    private String csv(int count) {
        StringBuilder csv = new StringBuilder(HEADER);
        LocalDate day = LocalDate.of(2024, 1, 2);
        for (int i = 0; i < count; i++) {
            LocalDate received = day.plusDays(i % 300);
            csv.append(prefix).append(i).append(',').append(ONE_STOP).append(',').append(XRAY).append(',').append(received)
                    .append(',').append(received.plusDays(10)).append(',')
                    .append(i % 2 == 0 ? received.plusDays(3) + "" : "").append(',')
                    .append(i % 3 == 0 ? "ONLINE" : "IN_PERSON").append(",NEW,")
                    .append(i % 2 == 0 ? "RESOLVED_EARLY" : "RECEIVED").append('\n');
        }
        return csv.toString();
    }

    private HttpResponse<String> upload(String user, String contentType, String body) {
        return Imports.upload(base, user, contentType, body);
    }

    /** Uploads a CSV file as the user and waits for its job to end: the job. */
    private JsonObject imported(String user, String csv) {
        HttpResponse<String> accepted = upload(user, "text/csv; charset=UTF-8", csv);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonObject answer = Json.createReader(new StringReader(accepted.body())).readObject();
        assertThat(answer.getString("state")).isEqualTo("QUEUED");
        return Imports.finished(client.as(user), answer.getString("jobId"));
    }

    private int dossiers() {
        return client.data("{ dossiers(first: 0, filter: {code: {startsWith: \"" + prefix + "\"}}) { totalCount } }")
                .getJsonObject("dossiers").getInt("totalCount");
    }

    private String stored() {
        return client.data("{ dossiers(first: 100, filter: {code: {startsWith: \"" + prefix + "\"}}) { nodes { code receivedOn dueOn closedOn status channel kind } } }")
                .toString();
    }

    /** The one-stop shop's dossier statistics of Q1 2024, which the quarterly summary answers. */
    private JsonObject statisticsOfQ1() {
        return client.data("{ dossierStatistics(period: {type: QUARTER, year: 2024, number: 1}, groupBy: [],"
                + " filter: {unit: {code: {eq: \"" + ONE_STOP + "\"}}}) { received online resolvedEarly resolvedLate } }")
                .getJsonArray("dossierStatistics").getJsonObject(0);
    }

    @Test
    void shouldImportACsvUploadAndChangeNothingWhenTheSameFileComesAgain() {
        String file = csv(50);
        JsonObject statisticsBefore = statisticsOfQ1();
        JsonObject first = imported(GraphQLClient.REPORTER, file);
        assertThat(first.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(first.getString("startedBy")).isEqualTo("reporter");
        assertThat(first.getString("format")).isEqualTo("CSV");
        assertThat(List.of(first.getInt("rowsRead"), first.getInt("rowsValid"), first.getInt("rowsWritten"), first.getInt("rowsSkipped"),
                first.getInt("errorCount"))).containsExactly(50, 50, 50, 0, 0);
        assertThat(dossiers()).isEqualTo(50);
        String before = stored();
        JsonObject statisticsAfter = statisticsOfQ1();
        assertThat(statisticsAfter.getInt("received") - statisticsBefore.getInt("received")).as("the statistics see the import").isEqualTo(50);
        assertThat(statisticsAfter.getInt("online") - statisticsBefore.getInt("online")).isEqualTo(17); // every third row
        assertThat(statisticsAfter.getInt("resolvedEarly") - statisticsBefore.getInt("resolvedEarly")).isEqualTo(25);

        JsonObject again = imported(GraphQLClient.REPORTER, file);
        assertThat(List.of(again.getInt("rowsRead"), again.getInt("rowsWritten"), again.getInt("rowsSkipped"))).containsExactly(50, 0, 50);
        assertThat(dossiers()).isEqualTo(50);
        assertThat(stored()).isEqualTo(before);
        assertThat(statisticsOfQ1()).isEqualTo(statisticsAfter);

        JsonObject audit = client.as(GraphQLClient.ADMIN).data("{ auditTrail(filter: {action: {eq: \"importDossiers\"}, entityId: {eq: \""
                + first.getString("id") + "\"}}) { nodes { actor entityType unit { code } after } } }").getJsonObject("auditTrail");
        assertThat(audit.getJsonArray("nodes")).singleElement().satisfies(e -> {
            JsonObject entry = e.asJsonObject();
            assertThat(entry.getString("actor")).isEqualTo("reporter");
            assertThat(entry.getString("entityType")).isEqualTo("ImportJob");
            assertThat(entry.getJsonObject("unit").getString("code")).isEqualTo(ONE_STOP);
            assertThat(entry.getString("after")).contains("\"added\":50");
        });
    }

    @Test
    void shouldUpdateADossierWhoseRowChanged() {
        imported(GraphQLClient.ADMIN, csv(3));
        int lateBefore = statisticsOfQ1().getInt("resolvedLate");
        String changed = csv(3).replace(prefix + "1," + ONE_STOP + "," + XRAY + ",2024-01-03,2024-01-13,,IN_PERSON,NEW,RECEIVED",
                prefix + "1," + ONE_STOP + "," + XRAY + ",2024-01-03,2024-01-13,2024-01-20,IN_PERSON,NEW,RESOLVED_LATE");
        assertThat(changed).isNotEqualTo(csv(3));
        JsonObject job = imported(GraphQLClient.ADMIN, changed);
        assertThat(List.of(job.getInt("rowsWritten"), job.getInt("rowsSkipped"))).containsExactly(1, 2);
        assertThat(dossiers()).isEqualTo(3);
        assertThat(client.data("{ dossiers(filter: {code: {eq: \"" + prefix + "1\"}}) { nodes { status closedOn } } }").toString())
                .contains("RESOLVED_LATE").contains("2024-01-20");
        assertThat(statisticsOfQ1().getInt("resolvedLate")).as("the summary follows the change").isEqualTo(lateBefore + 1);
    }

    @Test
    void shouldWriteNothingWhenTheLastRowOfALargeFileIsBad() {
        String file = csv(20_000) + prefix + "bad," + ONE_STOP + "," + XRAY + ",2024-13-01,2024-01-10,,ONLINE,NEW,RECEIVED\n";
        JsonObject job = imported(GraphQLClient.ADMIN, file);
        assertThat(job.getString("state")).isEqualTo("FAILED");
        assertThat(List.of(job.getInt("rowsRead"), job.getInt("rowsValid"), job.getInt("rowsWritten"), job.getInt("errorCount")))
                .containsExactly(20_001, 20_000, 0, 1);
        JsonObject error = job.getJsonArray("errors").getJsonObject(0);
        assertThat(error.getInt("line")).isEqualTo(20_002);
        assertThat(error.getString("column")).isEqualTo("receivedOn");
        assertThat(error.getString("code")).isEqualTo("INVALID_DATE");
        assertThat(error.getString("message")).isEqualTo("receivedOn: '2024-13-01' không phải là ngày (yyyy-MM-dd hoặc dd/MM/yyyy)");
        assertThat(dossiers()).isZero();
    }

    @Test
    void shouldImportJsonThroughTheMutationAndReportEveryBadRowInTheCallersLanguage() {
        String good = "[{\"dossierCode\": \"" + prefix + "J1\", \"unitCode\": \"" + ONE_STOP + "\", \"procedureCode\": \"" + XRAY
                + "\", \"receivedOn\": \"02/01/2024\", \"dueOn\": \"2024-01-12\", \"channel\": \"POST\", \"kind\": \"RENEWAL\","
                + " \"status\": \"IN_PROGRESS\"}]";
        JsonObject started = Writes.ok(client.as(GraphQLClient.REPORTER), "importDossiers", "ImportDossiersInput",
                Json.createObjectBuilder().add("format", "JSON").add("content", good).build().toString(), "{ job { id state } }");
        assertThat(started.getJsonObject("job").getString("state")).isEqualTo("QUEUED");
        JsonObject job = Imports.finished(client.as(GraphQLClient.REPORTER), started.getJsonObject("job").getString("id"));
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getString("format")).isEqualTo("JSON");
        assertThat(dossiers()).isEqualTo(1);

        String bad = "[\n{\"dossierCode\": \"" + prefix + "J2\", \"unitCode\": \"NA-NONE\", \"procedureCode\": \"" + XRAY
                + "\", \"receivedOn\": \"2024-01-05\", \"dueOn\": \"2024-01-01\", \"channel\": \"FAX\", \"kind\": \"NEW\", \"status\": \"RECEIVED\"},\n"
                + "{\"dossierCode\": \"" + prefix + "J3\", \"unitCode\": \"NA-SNV\", \"procedureCode\": \"" + XRAY
                + "\", \"receivedOn\": \"2024-01-05\", \"dueOn\": \"2024-01-09\", \"channel\": \"ONLINE\", \"kind\": \"NEW\", \"status\": \"RECEIVED\"}\n]";
        GraphQLClient english = client.as(GraphQLClient.ADMIN).inLanguage("en");
        String id = Writes.ok(english, "importDossiers", "ImportDossiersInput",
                Json.createObjectBuilder().add("format", "JSON").add("content", bad).build().toString(), "{ job { id } }")
                .getJsonObject("job").getString("id");
        JsonObject failed = Imports.finished(english, id);
        assertThat(failed.getString("state")).isEqualTo("FAILED");
        assertThat(failed.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getInt("line") + " " + e.getString("column") + " " + e.getString("code") + " " + e.getString("message"))
                .containsExactly(
                        "2 unitCode UNKNOWN_UNIT No unit has the code NA-NONE",
                        "2 channel INVALID_VALUE channel: 'FAX' is none of ONLINE, IN_PERSON, POST",
                        "2 dueOn INVALID_DATE Due on 2024-01-01, before it was received on 2024-01-05",
                        "3 procedureCode PROCEDURE_OF_OTHER_UNIT Procedure " + XRAY + " is not handled by NA-SNV");
        assertThat(dossiers()).isEqualTo(1);
    }

    @Test
    void shouldLetOnlyAdminsAndReportersOfTheUnitImport() {
        String file = csv(2);
        String input = Json.createObjectBuilder().add("format", "CSV").add("content", file).build().toString();
        assertThat(Writes.refused(client.as(GraphQLClient.ANALYST), "importDossiers", "ImportDossiersInput", input, "{ job { id } }"))
                .extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(Writes.refused(client.as(GraphQLClient.HOME_AFFAIRS), "importDossiers", "ImportDossiersInput", input, "{ job { id } }"))
                .extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(Writes.refused(client.anonymous(), "importDossiers", "ImportDossiersInput", input, "{ job { id } }"))
                .extracting(Writes::code).containsExactly("UNAUTHENTICATED");
        assertThat(upload(null, "text/csv", file).statusCode()).isEqualTo(401);
        HttpResponse<String> analyst = upload(GraphQLClient.ANALYST, "text/csv", file);
        assertThat(analyst.statusCode()).isEqualTo(403);
        assertThat(analyst.body()).contains("\"code\":\"FORBIDDEN\"");
        assertThat(upload(GraphQLClient.ADMIN, "text/plain", file).statusCode()).isEqualTo(415);

        JsonObject foreign = imported(GraphQLClient.REPORTER, file.replace(ONE_STOP, "NA-SNV"));
        assertThat(foreign.getString("state")).isEqualTo("FAILED");
        assertThat(foreign.getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("code"))
                .contains("FORBIDDEN");
        assertThat(dossiers()).isZero();

        assertThat(client.as(GraphQLClient.ANALYST).data("{ importJob(id: \"" + foreign.getString("id") + "\") { id } }").isNull("importJob"))
                .as("another user's job").isTrue();
        assertThat(client.as(GraphQLClient.HOME_AFFAIRS).data("{ importJob(id: \"" + foreign.getString("id") + "\") { id } }").isNull("importJob"))
                .isFalse();
        assertThat(client.as(GraphQLClient.REPORTER).data("{ importJobs(first: 100) { nodes { startedBy } } }").getJsonObject("importJobs")
                .getJsonArray("nodes").getValuesAs(JsonObject.class)).extracting(j -> j.getString("startedBy")).containsOnly("reporter");
        assertThat(client.anonymous().post("{ importJobs { totalCount } }").getJsonArray("errors").getJsonObject(0)
                .getJsonObject("extensions").getString("code")).isEqualTo("UNAUTHENTICATED");
    }
}

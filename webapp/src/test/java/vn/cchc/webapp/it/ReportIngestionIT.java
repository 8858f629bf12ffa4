package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Report ingestion end to end: the seed report uploaded as text and as a Word file made here becomes, through the
 * API alone, a draft whose heading, outline, cited documents and figures equal the sample data's report; every
 * figure traces back to its sentence; a broken rule is named at its fact and writes nothing; bad, foreign and
 * oversized files are refused. Each test drafts into a period of its own (2018) of the seed's department.
 */
class ReportIngestionIT extends DeployedApplication {

    private static final Path SEED = Path.of("../ingestion/evaluation/01-seed-skhcn-nghe-an-q1-2022.txt");

    private static final String SECTION = "number heading area documents { number } items { text bullet documents { number } }";
    private static final String CONTENT = "title number place dateLine signer { name position } recipients { text }"
            + " sections { " + SECTION + " subsections { " + SECTION + " subsections { " + SECTION + " } } }"
            + " observations(first: 100) { nodes { indicator { code } unit { code } value numerator denominator"
            + " breakdown { dimension member label } } }";
    private static final String FACTS = "{ id version state format charset fileName fileSize fileUrl report { id }"
            + " facts { ordinal kind key quote sentence decision flags values { name value } span { paragraph start lastParagraph end } } }";

    private HttpResponse<String> upload(String user, String query, byte[] file) {
        return GraphQLClient.sendAs(HttpRequest.newBuilder(URI.create(base.toString()).resolve("ingest/reports" + query))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)), user);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private JsonObject ingestion(String id) {
        return client.as(GraphQLClient.REPORTER).data("{ reportIngestion(id: \"" + id + "\") " + FACTS + " }").getJsonObject("reportIngestion");
    }

    private static JsonObject factOf(JsonObject ingestion, String kind, String key) {
        return ingestion.getJsonArray("facts").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("kind").equals(kind) && f.getString("key").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no fact " + kind + " " + key));
    }

    /** Moves the draft to a period of its own, accepts every fact, makes the draft: the draft's id. */
    private String draft(String ingestionId, int quarter) {
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        JsonObject ingestion = ingestion(ingestionId);
        int period = factOf(ingestion, "HEADING", "period").getInt("ordinal");
        JsonObject reviewed = reporter.data("mutation { reviewReportIngestion(input: {ingestionId: \"" + ingestionId + "\", version: "
                + ingestion.getInt("version") + ", facts: [{fact: " + period + ", values: [{name: \"value\", value: \"QUARTER 2018 " + quarter
                + "\"}]}], acceptRest: true}) { version ingestion { facts(decision: PROPOSED) { ordinal } } } }")
                .getJsonObject("reviewReportIngestion");
        assertThat(reviewed.getJsonObject("ingestion").getJsonArray("facts")).isEmpty();
        return reporter.data("mutation { draftReportFromIngestion(input: {ingestionId: \"" + ingestionId + "\", version: "
                + reviewed.getInt("version") + "}) { report { id status revision } } }")
                .getJsonObject("draftReportFromIngestion").getJsonObject("report").getString("id");
    }

    private JsonObject content(String filter) {
        JsonArray nodes = client.as(GraphQLClient.ADMIN).data("{ reports(filter: " + filter + ") { nodes { " + CONTENT + " } } }")
                .getJsonObject("reports").getJsonArray("nodes");
        assertThat(nodes).hasSize(1);
        return nodes.getJsonObject(0);
    }

    private JsonObject seedReport() {
        return content("{unit: {code: {eq: \"NA-SKHCN\"}}, period: {type: {eq: QUARTER}, year: {eq: 2022}, number: {eq: 1}}}");
    }

    private JsonObject draftContent(String id) {
        return client.as(GraphQLClient.ADMIN).data("{ report(id: \"" + id + "\") { " + CONTENT + " } }").getJsonObject("report");
    }

    /** The figures in an order of their own, so that the draft's and the sample's compare as sets. */
    private static List<String> figures(JsonObject report) {
        return report.getJsonObject("observations").getJsonArray("nodes").stream().map(JsonValue::toString).sorted().toList();
    }

    private static JsonObject withoutFigures(JsonObject report) {
        return Json.createObjectBuilder(report).remove("observations").build();
    }

    private void assertSameAsTheSample(String draftId) {
        JsonObject draft = draftContent(draftId);
        JsonObject seed = seedReport();
        assertThat(withoutFigures(draft)).isEqualTo(withoutFigures(seed));
        assertThat(figures(draft)).isEqualTo(figures(seed)).hasSize(15);
    }

    @Test
    void shouldMakeTheSeedReportUploadedAsTextADraftEqualToTheSampleDataTracedToItsSentences() throws IOException {
        byte[] file = Files.readAllBytes(SEED);
        HttpResponse<String> created = upload(GraphQLClient.REPORTER, "?unitCode=NA-SKHCN&fileName=bao-cao-quy-I.txt", file);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created.body()).getString("ingestionId");

        JsonObject ingestion = ingestion(id);
        assertThat(ingestion.getString("format")).isEqualTo("TEXT");
        assertThat(ingestion.getString("charset")).isEqualTo("UTF-8");
        assertThat(ingestion.getString("fileName")).isEqualTo("bao-cao-quy-I.txt");
        assertThat(ingestion.getInt("fileSize")).isEqualTo(file.length);
        JsonObject online = factOf(ingestion, "FIGURE", "DOSSIERS_ONLINE");
        assertThat(online.getString("quote")).isEqualTo("4/9");
        assertThat(online.getString("sentence")).contains("Trong đó 4/9 hồ sơ nộp qua mạng");
        assertThat(factOf(ingestion, "FIGURE", "DOSSIERS_LATE").getJsonArray("flags").getString(0)).isEqualTo("NEGATIVE_STATEMENT");
        assertThat(factOf(ingestion, "HEADING", "number").getJsonArray("flags").getString(0)).isEqualTo("INCOMPLETE");
        // every document the seed cites is the directory's own, and the proposal says so before any draft
        JsonArray cited = client.as(GraphQLClient.REPORTER).data("{ reportIngestion(id: \"" + id + "\") { facts(kind: DOCUMENT)"
                + " { key document { number } } } }").getJsonObject("reportIngestion").getJsonArray("facts");
        assertThat(cited).hasSize(16).allSatisfy(f -> assertThat(f.asJsonObject().getJsonObject("document").getString("number"))
                .isEqualTo(f.asJsonObject().getString("key")));

        String draftId = draft(id, 1);
        assertSameAsTheSample(draftId);

        // every figure of the draft traces to the sentence it was read from
        JsonArray observations = client.as(GraphQLClient.REPORTER).data("{ report(id: \"" + draftId
                + "\") { observations(first: 100) { nodes { id indicator { code } breakdown { member } } } } }")
                .getJsonObject("report").getJsonObject("observations").getJsonArray("nodes");
        for (JsonObject observation : observations.getValuesAs(JsonObject.class)) {
            JsonObject origin = client.as(GraphQLClient.ANALYST).data("{ factOrigin(of: OBSERVATION, id: \"" + observation.getString("id")
                    + "\") { ingestion { id } fact { kind sentence quote } } }").getJsonObject("factOrigin");
            assertThat(origin).as(observation.toString()).isNotNull();
            assertThat(origin.getJsonObject("ingestion").getString("id")).isEqualTo(id);
            assertThat(origin.getJsonObject("fact").getString("kind")).isEqualTo("FIGURE");
            assertThat(new String(file, StandardCharsets.UTF_8)).contains(origin.getJsonObject("fact").getString("sentence"));
        }
        // the cited documents are the directory's own, not copies
        JsonObject plan = client.as(GraphQLClient.ANALYST).data("{ document(number: \"56/SKHCN-VP\") { id } }").getJsonObject("document");
        assertThat(client.data("{ factOrigin(of: DOCUMENT, id: \"" + plan.getString("id") + "\") { fact { key } } }").get("factOrigin"))
                .isNotNull();

        // the draft goes on as any other; the ingestion is closed; the original file comes back byte for byte
        JsonObject submitted = client.as(GraphQLClient.REPORTER).data("mutation { submitReport(input: {reportId: \"" + draftId
                + "\", version: " + client.as(GraphQLClient.REPORTER).data("{ report(id: \"" + draftId + "\") { version } }")
                .getJsonObject("report").getInt("version") + "}) { report { status } } }");
        assertThat(submitted.getJsonObject("submitReport").getJsonObject("report").getString("status")).isEqualTo("SUBMITTED");
        assertThat(ingestion(id).getString("state")).isEqualTo("DRAFTED");
        HttpResponse<byte[]> original = GraphQLClient.sendBytesAs(HttpRequest.newBuilder(URI.create(base.toString())
                .resolve("ingest/reports/" + id + "/file")).GET(), GraphQLClient.REPORTER);
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.body()).isEqualTo(file);
    }

    @Test
    void shouldMakeTheSeedReportUploadedAsWordThroughTheMutationTheSameDraft() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument word = new XWPFDocument()) {
            for (String line : Files.readAllLines(SEED)) {
                if (!line.isBlank()) {
                    word.createParagraph().createRun().setText(line.strip());
                }
            }
            word.write(docx);
        }
        JsonObject ingested = client.as(GraphQLClient.REPORTER).data("mutation { ingestReport(input: {unitCode: \"NA-SKHCN\","
                + " fileName: \"bao-cao-quy-I.docx\", content: \"" + Base64.getEncoder().encodeToString(docx.toByteArray())
                + "\"}) { ingestion { id format facts(kind: FIGURE) { key } } } }").getJsonObject("ingestReport").getJsonObject("ingestion");
        assertThat(ingested.getString("format")).isEqualTo("DOCX");
        assertThat(ingested.getJsonArray("facts")).hasSize(15);

        assertSameAsTheSample(draft(ingested.getString("id"), 2));
    }

    @Test
    void shouldNameABrokenRuleAtItsFactAndWriteNothingUntilItIsEdited() {
        String text = "BÁO CÁO Công tác cải cách hành chính quý III năm 2018\nI. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\n"
                + "- Trong quý, Sở tiếp nhận gần 900 hồ sơ.\n"
                + "- Triển khai Quyết định số 777/QĐ-UBND ngày 02/07/2018 của UBND tỉnh Nghệ An về kiểm soát thủ tục hành chính.\n"
                // dated 2024 and of the office, as the other tests' documents, so that the sample's own counts stay as they are
                + "- Ban hành Kế hoạch số 777/KH-VP ngày 05/07/2024 của Văn phòng Sở Khoa học và Công nghệ về kiểm tra công tác"
                + " cải cách hành chính năm 2024.\n";
        HttpResponse<String> created = upload(GraphQLClient.REPORTER, "?unitCode=NA-SKHCN&fileName=q3.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created.body()).getString("ingestionId");
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        JsonObject ingestion = ingestion(id);
        int figure = factOf(ingestion, "FIGURE", "DOSSIERS_RECEIVED").getInt("ordinal");
        // a document the directory lacks: the proposal says so, and the draft records it
        assertThat(reporter.data("{ reportIngestion(id: \"" + id + "\") { facts(kind: DOCUMENT) { key document { id } } } }")
                .getJsonObject("reportIngestion").getJsonArray("facts").getJsonObject(0).get("document")).isEqualTo(JsonValue.NULL);
        int version = reporter.data("mutation { reviewReportIngestion(input: {ingestionId: \"" + id + "\", version: " + ingestion.getInt("version")
                + ", acceptRest: true}) { version } }").getJsonObject("reviewReportIngestion").getInt("version");

        JsonObject refused = reporter.post("mutation { draftReportFromIngestion(input: {ingestionId: \"" + id + "\", version: " + version
                + "}) { report { id } } }");
        JsonObject error = refused.getJsonArray("errors").getJsonObject(0);
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("APPROXIMATE_FIGURE");
        assertThat(error.getJsonObject("extensions").getString("field")).isEqualTo("input.facts[" + figure + "].value");
        String q3 = "{unit: {code: {eq: \"NA-SKHCN\"}}, period: {type: {eq: QUARTER}, year: {eq: 2018}, number: {eq: 3}}}";
        assertThat(client.as(GraphQLClient.ADMIN).data("{ reports(filter: " + q3 + ") { totalCount } }").getJsonObject("reports")
                .getInt("totalCount")).isZero();

        // a decision of the province the reporter may not record: named at its fact, for the reviewer to reject
        int decision = factOf(ingestion, "DOCUMENT", "777/QĐ-UBND").getInt("ordinal");
        int edited = reporter.data("mutation { reviewReportIngestion(input: {ingestionId: \"" + id + "\", version: " + version + ", facts: [{fact: "
                + figure + ", values: [{name: \"indicator\", value: \"DOSSIERS_RECEIVED\"}, {name: \"value\", value: \"897\"}]}]}) { version } }")
                .getJsonObject("reviewReportIngestion").getInt("version");
        assertThat(edited).as("a review raises the version, whichever facts it changed").isGreaterThan(version);
        JsonObject stale = reporter.post("mutation { reviewReportIngestion(input: {ingestionId: \"" + id + "\", version: " + version
                + ", facts: [{fact: " + decision + ", decision: ACCEPTED}]}) { version } }").getJsonArray("errors").getJsonObject(0);
        assertThat(stale.getJsonObject("extensions").getString("code")).as("a review of a version since replaced").isEqualTo("CONFLICT");
        JsonObject notYours = reporter.post("mutation { draftReportFromIngestion(input: {ingestionId: \"" + id + "\", version: " + edited
                + "}) { report { id } } }").getJsonArray("errors").getJsonObject(0).getJsonObject("extensions");
        assertThat(notYours.getString("code")).isEqualTo("FORBIDDEN");
        assertThat(notYours.getString("field")).isEqualTo("input.facts[" + decision + "].issuer");
        edited = reporter.data("mutation { reviewReportIngestion(input: {ingestionId: \"" + id + "\", version: " + edited + ", facts: [{fact: "
                + decision + ", decision: REJECTED}]}) { version } }").getJsonObject("reviewReportIngestion").getInt("version");
        reporter.data("mutation { draftReportFromIngestion(input: {ingestionId: \"" + id + "\", version: " + edited + "}) { report { id } } }");
        JsonObject drafted = content(q3);
        assertThat(drafted.getString("title")).isEqualTo("Công tác cải cách hành chính quý III năm 2018");
        // the plan the department issued is recorded as the text gives it; the rejected decision is not
        JsonObject recorded = client.data("{ plan: document(number: \"777/KH-VP\") { kind issuedOn subject issuer { code } }"
                + " decision: document(number: \"777/QĐ-UBND\") { id } }");
        assertThat(recorded.getJsonObject("plan").getString("kind")).isEqualTo("PLAN");
        assertThat(recorded.getJsonObject("plan").getString("issuedOn")).isEqualTo("2024-07-05");
        assertThat(recorded.getJsonObject("plan").getString("subject")).isEqualTo("về kiểm tra công tác cải cách hành chính năm 2024");
        assertThat(recorded.getJsonObject("plan").getJsonObject("issuer").getString("code")).isEqualTo("NA-SKHCN-VP");
        assertThat(recorded.get("decision")).isEqualTo(JsonValue.NULL);
        assertThat(figures(drafted)).hasSize(1).first().asString().contains("\"value\":897.0");
    }

    @Test
    void shouldRefuseBadForeignAndOversizedFilesAndCallersWithoutTheRight() {
        byte[] text = "BÁO CÁO quý I năm 2018\nI. MỘT\n- Nội dung.\n".getBytes(StandardCharsets.UTF_8);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertRefused(upload(GraphQLClient.REPORTER, "?unitCode=NA-SKHCN", png), 400, "FILE_SCANNED_IMAGE");
        assertRefused(upload(GraphQLClient.REPORTER, "?unitCode=NA-SKHCN", zip), 400, "FILE_");
        assertRefused(upload(GraphQLClient.REPORTER, "?unitCode=NA-SKHCN", new byte[11 * 1024 * 1024]), 413, "REQUEST_TOO_LARGE");
        assertRefused(upload(null, "?unitCode=NA-SKHCN", text), 401, "UNAUTHENTICATED");
        assertRefused(upload(GraphQLClient.ANALYST, "?unitCode=NA-SKHCN", text), 403, "FORBIDDEN");
        assertRefused(upload(GraphQLClient.REPORTER, "?unitCode=NA-SNV", text), 403, "FORBIDDEN");
        assertRefused(upload(GraphQLClient.REPORTER, "?unitCode=NO-SUCH-UNIT", text), 403, "FORBIDDEN");
        // none of these was kept: no ingestion is in the audit trail but those the other tests made of their own files
        JsonArray entries = client.as(GraphQLClient.ADMIN).data("{ auditTrail(first: 100, filter: {action: {eq: \"ingestReport\"}})"
                + " { nodes { after } } }").getJsonObject("auditTrail").getJsonArray("nodes");
        assertThat(entries.getValuesAs(JsonObject.class)).noneMatch(e -> e.toString().contains("FILE_"));
        // the mutation names the field at fault
        JsonObject refused = client.as(GraphQLClient.REPORTER).post("mutation { ingestReport(input: {unitCode: \"NA-SKHCN\", fileName: \"scan.png\","
                + " content: \"" + Base64.getEncoder().encodeToString(png) + "\"}) { ingestion { id } } }");
        assertThat(refused.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("field")).isEqualTo("input.content");
    }

    private static void assertRefused(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains("\"code\":\"" + code).doesNotContain("Exception").doesNotContain("at vn.");
    }
}

package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Documents and plans over HTTP: create and correct them with their links, every rule at its input path, the roles (a
 * reporter writes what its subtree issued or drafted) and the audit trail. Each test records documents of its own,
 * numbered uniquely for the run, in 2024, of the department's office (the sample's documents of the department itself
 * stay as other tests know them).
 */
class DocumentMutationsIT extends DeployedApplication {

    private static final String PAYLOAD = "{ version document { id version number kind issuedOn issuer { code } drafter { code } "
            + "subject planYear planType links { type document { number } } } }";
    /** A running number no sample document has, unique to the run; a letter after it tells the tests' documents apart. */
    private static final long RUN = 100_000 + System.currentTimeMillis() / 1000 % 900_000;

    private static String number(char letter, String symbol) {
        return RUN + String.valueOf(letter) + "/2024/" + symbol;
    }


    private String idOf(String number) {
        return client.as(GraphQLClient.ADMIN).data("{ document(number: \"" + number + "\") { id } }").getJsonObject("document").getString("id");
    }

    private static String plan(String number, String links) {
        return """
                {"number": "%s", "kind": "PLAN", "issuedOn": "2024-01-15", "issuerCode": "NA-SKHCN-VP",
                 "subject": "Kế hoạch thử nghiệm năm 2024", "planYear": 2024, "planType": "ADMINISTRATIVE_REFORM", "links": [%s]}"""
                .formatted(number, links);
    }

    private static String decision(String number, String issuer, String drafter) {
        return """
                {"number": "%s", "kind": "DECISION", "issuedOn": "2024-03-01", "issuerCode": "%s"%s, "subject": "Quyết định thử nghiệm"}"""
                .formatted(number, issuer, drafter == null ? "" : ", \"drafterCode\": \"" + drafter + "\"");
    }

    private List<String> audit(String id) {
        return client.as(GraphQLClient.ADMIN).data("""
                { auditTrail(first: 100, filter: {entityType: {eq: "Document"}, entityId: {eq: "%s"}}) { nodes { action actor } } }"""
                .formatted(id)).getJsonObject("auditTrail").getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("actor") + ":" + e.getString("action")).toList();
    }

    @Test
    void shouldLetAReporterRecordWhatItsSubtreeIssuedOrDrafted() {
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        String provincialPlan = idOf("64/KH-UBND");
        JsonObject p = Writes.ok(reporter, "createDocument", "CreateDocumentInput",
                plan(number('A', "KH-SKHCN"), "{\"type\": \"IMPLEMENTS\", \"documentId\": \"" + provincialPlan + "\"}"), PAYLOAD);
        JsonObject document = p.getJsonObject("document");
        assertThat(document.getString("kind")).isEqualTo("PLAN");
        assertThat(document.getInt("planYear")).isEqualTo(2024);
        assertThat(document.getString("planType")).isEqualTo("ADMINISTRATIVE_REFORM");
        assertThat(document.getJsonArray("links").getJsonObject(0).getString("type")).isEqualTo("IMPLEMENTS");
        assertThat(document.getJsonArray("links").getJsonObject(0).getJsonObject("document").getString("number")).isEqualTo("64/KH-UBND");
        assertThat(p.getInt("version")).isEqualTo(document.getInt("version"));

        JsonObject drafted = Writes.ok(reporter, "createDocument", "CreateDocumentInput",
                decision(number('B', "QĐ-UBND"), "NA-UBND", "NA-SKHCN-VP"), PAYLOAD).getJsonObject("document");
        assertThat(drafted.getJsonObject("drafter").getString("code")).as("drafted for the committee").isEqualTo("NA-SKHCN-VP");

        String foreign = decision(number('C', "QĐ-SNV"), "NA-SNV", null);
        assertThat(Writes.refused(reporter, "createDocument", "CreateDocumentInput", foreign, PAYLOAD))
                .extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(Writes.refused(client.as(GraphQLClient.HOME_AFFAIRS), "createDocument", "CreateDocumentInput", foreign, PAYLOAD))
                .extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(Writes.refused(client.as(GraphQLClient.ANALYST), "createDocument", "CreateDocumentInput", foreign, PAYLOAD))
                .extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(Writes.refused(client.anonymous(), "createDocument", "CreateDocumentInput", foreign, PAYLOAD))
                .extracting(Writes::code).containsExactly("UNAUTHENTICATED");
        assertThat(client.as(GraphQLClient.ADMIN).data("{ document(number: \"" + number('C', "QĐ-SNV") + "\") { id } }").isNull("document"))
                .as("nothing written").isTrue();
        assertThat(audit(document.getString("id"))).containsExactly("reporter:createDocument");
    }

    @Test
    void shouldReportEveryBrokenRuleOfADocumentAtItsPath() {
        GraphQLClient admin = client.as(GraphQLClient.ADMIN);
        List<JsonObject> errors = Writes.refused(admin, "createDocument", "CreateDocumentInput", """
                {"number": "số 12", "kind": "DECISION", "issuerCode": "NA-KHONG-CO", "planYear": 2024,
                 "links": [{"type": "AMENDS", "documentId": "999999999"}]}""", PAYLOAD);
        assertThat(Writes.fields(errors)).isEqualTo("INVALID_DOCUMENT_NUMBER@input.number UNKNOWN_UNIT@input.issuerCode "
                + "INVALID_DOCUMENT@input.planYear NOT_FOUND@input.links[0].documentId");
        assertThat(errors.get(0).getString("message"))
                .isEqualTo("'số 12' không phải là số hiệu văn bản dạng SỐ[/NĂM]/KÝ HIỆU, ví dụ 01/2022/QĐ-UBND");

        List<JsonObject> plan = Writes.refused(admin.inLanguage("en"), "createDocument", "CreateDocumentInput", """
                {"number": "%s", "kind": "PLAN", "issuedOn": "2023-12-30", "issuerCode": "NA-SKHCN-VP", "drafterCode": "NA-SKHCN-VP"}"""
                .formatted(number('D', "KH-SKHCN")), PAYLOAD);
        assertThat(Writes.fields(plan)).isEqualTo("INVALID_DOCUMENT@input.drafterCode INVALID_DATE@input.issuedOn "
                + "REQUIRED@input.planYear REQUIRED@input.planType");
        assertThat(plan.get(1).getString("message")).isEqualTo("Document " + number('D', "KH-SKHCN")
                + " cannot be dated 2023-12-30: its number names another year");

        Writes.ok(admin, "createDocument", "CreateDocumentInput", decision(number('E', "QĐ-SKHCN"), "NA-SKHCN-VP", null), PAYLOAD);
        assertThat(Writes.fields(Writes.refused(admin, "createDocument", "CreateDocumentInput",
                decision(number('E', "QĐ-SKHCN"), "NA-SKHCN-VP", null), PAYLOAD))).isEqualTo("DUPLICATE_DOCUMENT@input.number");
        assertThat(Writes.fields(Writes.refused(admin, "createDocument", "CreateDocumentInput", """
                {"number": " ", "kind": "DECISION", "issuerCode": "NA-SKHCN-VP"}""", PAYLOAD))).isEqualTo("REQUIRED@input.number");
    }

    @Test
    void shouldCorrectADocumentAndItsLinksWithTheVersionRead() {
        GraphQLClient reporter = client.as(GraphQLClient.REPORTER);
        String provincialPlan = idOf("64/KH-UBND");
        String parPlan = idOf("56/SKHCN-VP");
        String communicationPlan = idOf("88/SKHCN-VP");
        String number = number('F', "KH-SKHCN");
        JsonObject created = Writes.ok(reporter, "createDocument", "CreateDocumentInput",
                plan(number, "{\"type\": \"IMPLEMENTS\", \"documentId\": \"" + provincialPlan + "\"}"), PAYLOAD);
        String id = created.getJsonObject("document").getString("id");
        int version = created.getInt("version");
        String corrected = """
                {"documentId": "%s", "version": %d, "number": "%s", "kind": "PLAN", "issuedOn": "2024-01-20", "issuerCode": "NA-SKHCN-VP",
                 "subject": "Kế hoạch thử nghiệm năm 2024 (sửa đổi)", "planYear": 2024, "planType": "COMMUNICATION",
                 "links": [{"type": "IMPLEMENTS", "documentId": "%s"}, {"type": "REPLACES", "documentId": "%s"},
                           {"type": "AMENDS", "documentId": "%s"}]}""";
        JsonObject p = Writes.ok(reporter, "updateDocument", "UpdateDocumentInput",
                corrected.formatted(id, version, number, provincialPlan, communicationPlan, parPlan), PAYLOAD);
        JsonObject document = p.getJsonObject("document");
        assertThat(p.getInt("version")).isGreaterThan(version);
        assertThat(document.getString("issuedOn")).isEqualTo("2024-01-20");
        assertThat(document.getString("planType")).isEqualTo("COMMUNICATION");
        assertThat(document.getJsonArray("links").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("type") + " " + l.getJsonObject("document").getString("number"))
                .containsExactlyInAnyOrder("IMPLEMENTS 64/KH-UBND", "REPLACES 88/SKHCN-VP", "AMENDS 56/SKHCN-VP");
        assertThat(client.as(GraphQLClient.ADMIN).data("{ document(number: \"" + number + "\") { links { type } } }")
                .getJsonObject("document").getJsonArray("links")).hasSize(3);

        assertThat(Writes.fields(Writes.refused(reporter, "updateDocument", "UpdateDocumentInput",
                corrected.formatted(id, version, number, provincialPlan, communicationPlan, parPlan), PAYLOAD)))
                .isEqualTo("CONFLICT@input.version");
        int current = p.getInt("version");
        assertThat(Writes.fields(Writes.refused(reporter, "updateDocument", "UpdateDocumentInput", """
                {"documentId": "%s", "version": %d, "number": "%s", "kind": "DECISION", "issuerCode": "NA-SKHCN-VP",
                 "links": [{"type": "AMENDS", "documentId": "%s"}, {"type": "AMENDS", "documentId": "%s"}]}"""
                .formatted(id, current, number, id, parPlan), PAYLOAD)))
                .isEqualTo("INVALID_DOCUMENT@input.kind INVALID_DOCUMENT@input.links[0].documentId");
        assertThat(Writes.refused(reporter, "updateDocument", "UpdateDocumentInput", """
                {"documentId": "%s", "version": %d, "number": "%s", "kind": "PLAN", "issuerCode": "NA-SNV", "planYear": 2024,
                 "planType": "OTHER"}""".formatted(id, current, number), PAYLOAD))
                .as("handing it to another department").extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(Writes.refused(client.as(GraphQLClient.ANALYST), "updateDocument", "UpdateDocumentInput",
                corrected.formatted(id, current, number, provincialPlan, communicationPlan, parPlan), PAYLOAD))
                .extracting(Writes::code).containsExactly("FORBIDDEN");
        assertThat(Writes.refused(client.anonymous(), "updateDocument", "UpdateDocumentInput",
                corrected.formatted(id, current, number, provincialPlan, communicationPlan, parPlan), PAYLOAD))
                .extracting(Writes::code).containsExactly("UNAUTHENTICATED");
        assertThat(client.as(GraphQLClient.ADMIN).data("{ document(number: \"" + number + "\") { version } }")
                .getJsonObject("document").getInt("version")).as("nothing written").isEqualTo(current);
        assertThat(audit(id)).containsExactlyInAnyOrder("reporter:createDocument", "reporter:updateDocument");
        String after = client.as(GraphQLClient.ADMIN).data("""
                { auditTrail(first: 1, filter: {action: {eq: "updateDocument"}, entityId: {eq: "%s"}}) { nodes { before after } } }"""
                .formatted(id)).getJsonObject("auditTrail").getJsonArray("nodes").getJsonObject(0).getString("after");
        assertThat(after).contains("\"planType\":\"COMMUNICATION\"").contains("REPLACES");
    }
}

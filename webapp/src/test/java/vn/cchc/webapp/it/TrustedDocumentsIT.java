package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The allow-list mode of production (cchc.graphql.trusted-documents-only) on a server of its own, started for this test
 * on the shared database (so in the PostgreSQL pass only) with documents registered at deploy time in a file: those
 * run, by hash or in full, as do the pages' own documents the build registered; anything else is refused with
 * UNTRUSTED_DOCUMENT, and a client cannot register one.
 */
class TrustedDocumentsIT extends DeployedApplication {

    private static final String TRUSTED = "query TrustedUnit($code: String!) { unit(code: $code) { code name } }";
    private static final SecondServer SECOND = new SecondServer();
    private static Path file;

    @BeforeAll
    static void startAServerThatRunsOnlyTrustedDocuments() throws Exception {
        file = Files.createTempFile("trusted-documents", ".json");
        Files.writeString(file, Json.createObjectBuilder().add(PersistedQueriesIT.sha256(TRUSTED), TRUSTED).build().toString());
        SECOND.start(Map.of("cchc.graphql.trusted-documents-only", "true", "cchc.graphql.trusted-documents-file", file.toString()));
    }

    @AfterAll
    static void stop() throws Exception {
        SECOND.stop(); // the next test to start it starts it without this test's variables
        Files.deleteIfExists(file);
    }

    private static HttpResponse<String> send(String query, String hash) {
        var body = Json.createObjectBuilder().add("variables", Json.createObjectBuilder().add("code", "NA-SKHCN"));
        if (query != null) {
            body.add("query", query);
        }
        if (hash != null) {
            body.add("extensions", Json.createReader(new StringReader(PersistedQueriesIT.persisted(hash))).readObject());
        }
        return new GraphQLClient(SECOND.base()).exchange("POST", "application/json", "application/json", body.build().toString());
    }

    private static String code(HttpResponse<String> response) {
        return GraphQLClient.json(response).getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code");
    }

    @Test
    void shouldRunTheTrustedDocumentsByHashOrInFull() throws Exception {
        for (HttpResponse<String> answer : new HttpResponse[] {send(null, PersistedQueriesIT.sha256(TRUSTED)), send(TRUSTED, null),
                send(TRUSTED, PersistedQueriesIT.sha256(TRUSTED))}) {
            JsonObject unit = GraphQLClient.json(answer).getJsonObject("data").getJsonObject("unit");
            assertThat(unit.getString("name")).isEqualTo("Sở Khoa học và Công nghệ tỉnh Nghệ An");
        }
    }

    @Test
    void shouldRunThePagesOwnDocumentsRegisteredByTheBuild() throws Exception {
        JsonObject pages;
        try (ZipFile war = new ZipFile(System.getProperty("cchc.war"));
             InputStream manifest = war.getInputStream(war.getEntry("WEB-INF/trusted-documents.json"))) {
            pages = Json.createReader(manifest).readObject();
        }
        String provinces = pages.entrySet().stream().filter(d -> pages.getString(d.getKey()).startsWith("query Provinces"))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        JsonObject answer = GraphQLClient.json(new GraphQLClient(SECOND.base()).exchange("POST", "application/json", "application/json",
                "{\"extensions\": " + PersistedQueriesIT.persisted(provinces) + "}"));
        assertThat(answer.getJsonObject("data").getJsonObject("units").getJsonArray("nodes")).isNotEmpty();
    }

    @Test
    void shouldRefuseAnyOtherDocumentAndRegisterNone() throws Exception {
        String other = "query Other" + UUID.randomUUID().toString().replace("-", "") + " { units(first: 1) { totalCount } }";
        String hash = PersistedQueriesIT.sha256(other);
        HttpResponse<String> asIs = send(other, null);
        assertThat(code(asIs)).isEqualTo("UNTRUSTED_DOCUMENT");
        assertThat(GraphQLClient.json(asIs).containsKey("data")).isFalse();
        assertThat(code(send(null, hash))).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        assertThat(code(send(other, hash))).isEqualTo("UNTRUSTED_DOCUMENT");
        assertThat(code(send(null, hash))).as("not registered").isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        // the schema itself is no trusted document either
        assertThat(code(send("{ __schema { queryType { name } } }", null))).isEqualTo("UNTRUSTED_DOCUMENT");
        // while the server the other tests use runs anything
        assertThat(client.post(other).getJsonObject("data").getJsonObject("units").getInt("totalCount")).isPositive();
    }
}

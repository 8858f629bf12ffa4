package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Apollo's automatic persisted queries over plain HTTP, as the protocol says: a hash the server does not know is
 * answered PersistedQueryNotFound; the query sent with its hash runs and is registered; from then on the hash alone
 * runs it, by POST or GET; a hash that is not the query's, or a malformed one, is refused; a mutation by hash runs by
 * POST only.
 */
class PersistedQueriesIT extends DeployedApplication {

    static String sha256(String document) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
    }

    static String persisted(String hash) {
        return Json.createObjectBuilder().add("persistedQuery", Json.createObjectBuilder().add("version", 1).add("sha256Hash", hash))
                .build().toString();
    }

    private HttpResponse<String> post(String query, String hash) {
        var body = Json.createObjectBuilder().add("extensions", Json.createReader(new java.io.StringReader(persisted(hash))).readObject());
        if (query != null) {
            body.add("query", query);
        }
        return client.exchange("POST", "application/json", "application/json", body.build().toString());
    }

    private HttpResponse<String> get(String hash) {
        return client.get("graphql?extensions=" + URLEncoder.encode(persisted(hash), StandardCharsets.UTF_8));
    }

    private static String code(HttpResponse<String> response) {
        return GraphQLClient.json(response).getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code");
    }

    @Test
    void shouldRunAQueryByItsHashOnceItWasSentWithIt() throws Exception {
        String query = "query Persisted" + UUID.randomUUID().toString().replace("-", "") + " { unit(code: \"NA-SKHCN\") { name } }";
        String hash = sha256(query);

        HttpResponse<String> unknown = post(null, hash);
        assertThat(unknown.statusCode()).isEqualTo(200);
        JsonObject error = GraphQLClient.json(unknown).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("message")).isEqualTo("PersistedQueryNotFound");
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("PERSISTED_QUERY_NOT_FOUND");

        HttpResponse<String> registered = post(query, hash);
        assertThat(GraphQLClient.json(registered).getJsonObject("data").getJsonObject("unit").getString("name"))
                .isEqualTo("Sở Khoa học và Công nghệ tỉnh Nghệ An");

        JsonObject byHash = GraphQLClient.json(post(null, hash));
        assertThat(byHash.getJsonObject("data")).isEqualTo(GraphQLClient.json(registered).getJsonObject("data"));
        assertThat(byHash.getJsonObject("extensions").getString("cache")).isEqualTo("HIT");
        HttpResponse<String> byGet = get(hash);
        assertThat(byGet.statusCode()).isEqualTo(200);
        assertThat(GraphQLClient.json(byGet).getJsonObject("data")).isEqualTo(byHash.getJsonObject("data"));
        assertThat(byGet.headers().firstValue("ETag")).isPresent();
    }

    @Test
    void shouldRefuseAHashThatIsNotTheQuerysOrNoHashAtAll() throws Exception {
        String query = "{ units(first: 1) { totalCount } }";
        HttpResponse<String> mismatch = post(query, sha256(query + " "));
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(code(mismatch)).isEqualTo("PERSISTED_QUERY_HASH_MISMATCH");

        HttpResponse<String> malformed = client.exchange("POST", "application/json", "application/json",
                "{\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"ABC\"}}}");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(GraphQLClient.json(malformed).getJsonArray("errors").getJsonObject(0).getString("message")).contains("sha256Hash");
        HttpResponse<String> nothing = client.exchange("POST", "application/json", "application/json", "{\"extensions\": {}}");
        assertThat(nothing.statusCode()).isEqualTo(400);
    }

    @Test
    void shouldRunAPersistedMutationByPostOnly() throws Exception {
        String mutation = "mutation Persisted" + UUID.randomUUID().toString().replace("-", "")
                + " { createUnit(input: {code: \"NA\", name: \"Trùng mã\", kind: PROVINCE}) { unit { code } } }";
        String hash = sha256(mutation);
        assertThat(GraphQLClient.json(client.as(GraphQLClient.ADMIN).exchange("POST", "application/json", "application/json",
                Json.createObjectBuilder().add("query", mutation).add("extensions", Json.createReader(new java.io.StringReader(persisted(hash)))
                        .readObject()).build().toString())).getJsonArray("errors")).isNotEmpty(); // registered, refused by its rules
        HttpResponse<String> byGet = client.as(GraphQLClient.ADMIN).get("graphql?extensions=" + URLEncoder.encode(persisted(hash), StandardCharsets.UTF_8));
        assertThat(byGet.statusCode()).isEqualTo(405);
    }
}

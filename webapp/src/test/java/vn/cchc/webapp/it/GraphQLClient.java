package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Speaks GraphQL over real HTTP to the deployed application, as any client would. */
final class GraphQLClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    GraphQLClient(URL deployment) {
        this.base = URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/");
    }

    /** The whole response of a query: data and errors. */
    JsonObject post(String query) {
        String body = Json.createObjectBuilder().add("query", query).build().toString();
        return Json.createReader(new StringReader(postRaw(body).body())).readObject();
    }

    /** Posts a body as it is, for requests a well-behaved client would not send. */
    HttpResponse<String> postRaw(String body) {
        return send(HttpRequest.newBuilder(base.resolve("graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** The data of a query that must succeed. */
    JsonObject data(String query) {
        JsonObject response = post(query);
        assertThat(response.get("errors")).as("errors of %s", query).isNull();
        assertThat(response.get("data").getValueType()).isEqualTo(JsonValue.ValueType.OBJECT);
        return response.getJsonObject("data");
    }

    /**
     * Sends a request to the endpoint with exactly the method, headers and body given ({@code null} leaves a header
     * or the body out), for what GraphQL over HTTP says about requests and responses.
     */
    HttpResponse<String> exchange(String method, String contentType, String accept, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("graphql")).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request);
    }

    /** A request body as a client sends it. */
    static String body(String query, String variablesJson) {
        return Json.createObjectBuilder().add("query", query)
                .add("variables", Json.createReader(new StringReader(variablesJson)).readObject()).build().toString();
    }

    /** The JSON of a response that must be a GraphQL response, with no trace of how the server is built. */
    static JsonObject json(HttpResponse<String> response) {
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("java.").doesNotContain("vn.cchc")
                .doesNotContain("\tat ");
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the server did not answer " + request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

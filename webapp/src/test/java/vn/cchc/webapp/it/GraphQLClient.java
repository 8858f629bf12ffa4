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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Speaks GraphQL over real HTTP to the deployed application, as any client would, logged in as one of the development
 * users (HTTP Basic), with a bearer token, or anonymous. The tests of what everyone reads use the analyst.
 */
final class GraphQLClient {

    /** The development users of security-basic.xml and their public, development-only passwords. */
    static final String ADMIN = "admin";
    static final String HOME_AFFAIRS = "noivu";
    static final String REPORTER = "reporter";
    static final String ANALYST = "analyst";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    /** The Authorization header, or null for an anonymous client. */
    private final String authorization;
    private final String language;

    /** The analyst: reads everything, writes nothing. */
    GraphQLClient(URL deployment) {
        this(URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/"), basic(ANALYST), null);
    }

    private GraphQLClient(URI base, String authorization, String language) {
        this.base = base;
        this.authorization = authorization;
        this.language = language;
    }

    /** The same server, as this development user. */
    GraphQLClient as(String user) {
        return new GraphQLClient(base, basic(user), language);
    }

    /** The same server, with this Authorization header as it is. */
    GraphQLClient withAuthorization(String header) {
        return new GraphQLClient(base, header, language);
    }

    /** The same server, sending no credentials. */
    GraphQLClient anonymous() {
        return new GraphQLClient(base, null, language);
    }

    /** The same server and user, asking for messages in this language (Accept-Language). */
    GraphQLClient inLanguage(String acceptLanguage) {
        return new GraphQLClient(base, authorization, acceptLanguage);
    }

    /** A development user's password: its name followed by "-dev". */
    static String password(String user) {
        return user + "-dev";
    }

    /** The HTTP Basic Authorization header of a development user. */
    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password(user)).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole response of a query: data and errors. */
    JsonObject post(String query) {
        String body = Json.createObjectBuilder().add("query", query).build().toString();
        return Json.createReader(new StringReader(postRaw(body).body())).readObject();
    }

    /** The whole response of a query with variables given as JSON. */
    JsonObject post(String query, String variablesJson) {
        return Json.createReader(new StringReader(postRaw(body(query, variablesJson)).body())).readObject();
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
     * Every node of the root connection {@code field}, page after page: the query takes {@code $after: String} and the
     * connection selects {@code pageInfo { hasNextPage endCursor }}, as the dashboard asks its long lists.
     */
    List<JsonObject> allNodes(String query, String field) {
        List<JsonObject> nodes = new ArrayList<>();
        JsonValue after = JsonValue.NULL;
        do {
            String body = Json.createObjectBuilder().add("query", query)
                    .add("variables", Json.createObjectBuilder().add("after", after)).build().toString();
            JsonObject response = json(postRaw(body));
            assertThat(response.get("errors")).as("errors of %s", query).isNull();
            JsonObject connection = response.getJsonObject("data").getJsonObject(field);
            nodes.addAll(connection.getJsonArray("nodes").getValuesAs(JsonObject.class));
            JsonObject page = connection.getJsonObject("pageInfo");
            after = page.getBoolean("hasNextPage") ? page.get("endCursor") : null;
        } while (after != null);
        return nodes;
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

    /** Sends a request built elsewhere as the development user (none: anonymous), answered within a minute. */
    static HttpResponse<String> sendAs(HttpRequest.Builder request, String user) {
        return sendAs(request, user, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The same, keeping the body as bytes: a file the server gives back. */
    static HttpResponse<byte[]> sendBytesAs(HttpRequest.Builder request, String user) {
        return sendAs(request, user, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> sendAs(HttpRequest.Builder request, String user, HttpResponse.BodyHandler<T> body) {
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), body);
        } catch (IOException e) {
            throw new IllegalStateException("the server did not answer " + request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the server did not answer " + request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

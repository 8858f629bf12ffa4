package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Answers are compressed with gzip when the client accepts it, and sent as they are when it does not: the API's JSON
 * and the pages' scripts, the same bytes once decompressed.
 */
class CompressionIT extends DeployedApplication {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Every unit with its children: some 40 KB of JSON, the kind of answer a dashboard asks for. */
    private static final String UNITS = GraphQLClient.body("{ units(first: 100) { nodes { code name kind children(first: 50)"
            + " { nodes { code name kind } } } } }", "{}");

    /** A query (body given) as the analyst, or a page's file (none) as anyone may fetch it. */
    private HttpResponse<byte[]> send(String method, String path, String body, String acceptEncoding) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json").header("Authorization", GraphQLClient.basic(GraphQLClient.ANALYST));
        }
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutCacheStatus(byte[] answer) {
        return new String(answer, StandardCharsets.UTF_8).replaceFirst(",\"cache\":\"(HIT|MISS)\"}}$", "}}");
    }

    @Test
    void shouldCompressTheApisAnswerForAClientThatAcceptsGzipAndOnlyThen() {
        HttpResponse<byte[]> plain = send("POST", "graphql", UNITS, null);
        HttpResponse<byte[]> identity = send("POST", "graphql", UNITS, "identity");
        HttpResponse<byte[]> gzip = send("POST", "graphql", UNITS, "gzip, deflate, br");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(identity.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("\"data\"").doesNotContain("\"errors\"");

        assertThat(gzip.statusCode()).isEqualTo(200);
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        // the same answer, the second and third from the response cache
        assertThat(withoutCacheStatus(gunzip(gzip.body()))).isEqualTo(withoutCacheStatus(plain.body()));
        assertThat(gzip.body().length).as("gzip of %s bytes of JSON", plain.body().length).isLessThan(plain.body().length / 4);
    }

    @Test
    void shouldCompressThePagesScripts() {
        HttpResponse<byte[]> plain = send("GET", "static/dashboard.js", null, null);
        HttpResponse<byte[]> gzip = send("GET", "static/dashboard.js", null, "gzip");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(gzip.body())).isEqualTo(plain.body());
        assertThat(gzip.body().length).isLessThan(plain.body().length / 2);
    }
}

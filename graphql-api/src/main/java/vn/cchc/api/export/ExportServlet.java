package vn.cchc.api.export;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.cchc.api.error.GraphQLErrors;
import vn.cchc.api.http.HttpAnswers;

/**
 * {@code POST /export?format=csv|xlsx&filename=name} with a GraphQL request as its body (the JSON sent to
 * {@code /graphql}) answers the first list of the query's answer as a file. The query goes through the API's own
 * endpoint over the loopback, carrying the caller's Authorization and cookies, so that the same parsing, limits and
 * roles apply as to any other request; this class adds no way around them. An answer with errors, or without a
 * list, is no file: the client gets the GraphQL errors.
 */
@WebServlet(urlPatterns = "/export")
public class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The status for a query that ran but answered errors: there is no complete list to give. */
    private static final int UNPROCESSABLE = 422;
    private static final List<String> FORWARDED = List.of("Authorization", "Cookie", "Accept-Language");

    private transient HttpClient http;
    private transient Optional<String> apiUrl;

    @Override
    public void init() {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        // behind TLS termination or a port mapping the loopback address of the API may differ from the request's
        apiUrl = ConfigProvider.getConfig().getOptionalValue("cchc.export.api-url", String.class);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ExportFormat> format = ExportFormat.named(request.getParameter("format"));
        if (format.isEmpty()) {
            HttpAnswers.error(response, HttpServletResponse.SC_BAD_REQUEST, HttpAnswers.JSON, GraphQLErrors.BAD_REQUEST, "format must be csv or xlsx");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        HttpResponse<String> answer;
        JsonObject json;
        try {
            answer = ask(request, body); // the API unreachable or not answering JSON: no file, and no stack trace
            json = Json.createReader(new StringReader(answer.body())).readObject();
        } catch (IOException | JsonException | IllegalStateException unanswered) {
            HttpAnswers.error(response, HttpServletResponse.SC_BAD_GATEWAY, HttpAnswers.JSON, GraphQLErrors.INTERNAL_SERVER_ERROR, "the API gave no GraphQL answer");
            return;
        }
        if (answer.statusCode() != HttpServletResponse.SC_OK || json.containsKey("errors")) {
            int status = answer.statusCode() == HttpServletResponse.SC_OK ? UNPROCESSABLE : answer.statusCode();
            HttpAnswers.write(response, status, HttpAnswers.JSON, answer.body());
            return;
        }
        JsonValue data = json.get("data");
        Optional<ListTable> table = data instanceof JsonObject object ? ListTable.ofFirstList(object) : Optional.empty();
        if (table.isEmpty()) {
            HttpAnswers.error(response, HttpServletResponse.SC_BAD_REQUEST, HttpAnswers.JSON, GraphQLErrors.BAD_REQUEST, "the answer holds no list to export");
            return;
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        format.get().write(table.get(), file);
        String name = fileName(request.getParameter("filename")) + "." + format.get().extension();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.get().mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(file.size());
        file.writeTo(response.getOutputStream());
    }

    /** The query asked of the API, as the caller. */
    private HttpResponse<String> ask(HttpServletRequest request, byte[] body) throws IOException {
        URI endpoint = URI.create(apiUrl.orElseGet(() -> request.getScheme() + "://localhost:" + request.getLocalPort()
                + request.getContextPath() + "/graphql"));
        HttpRequest.Builder forward = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : FORWARDED) {
            String value = request.getHeader(header);
            if (value != null) {
                forward.header(header, value);
            }
        }
        try {
            return http.send(forward.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking the API", e);
        }
    }

    /** Letters, digits, dots, dashes and underscores of the name asked for; "cchc-export" when none is left. */
    static String fileName(String asked) {
        String safe = asked == null ? "" : asked.replaceAll("[^A-Za-z0-9._-]", "");
        return safe.isEmpty() ? "cchc-export" : safe;
    }
}

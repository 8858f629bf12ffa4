package vn.cchc.api.export;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.cchc.api.error.GraphQLErrors;
import vn.cchc.api.http.GraphQLPipeline;
import vn.cchc.api.http.HttpAnswers;
import vn.cchc.api.http.RequestBodies;

/**
 * {@code POST /export?format=csv|xlsx&filename=name&layout=list|national-form} with a GraphQL request as its body (the JSON sent to
 * {@code /graphql}) answers the first list of the query's answer as a file, every page of it for a query in the paging
 * shape ({@link WholeList}); with {@code layout=national-form} the answer's dossier statistics as the national form's
 * table ({@link NationalForm}). The query goes in-process through the same {@link GraphQLPipeline} as a request to
 * {@code /graphql}, as the caller, so that the same parsing, limits and roles apply; this class adds no way around them. An answer with errors, or without a
 * list, is no file: the client gets the GraphQL errors.
 */
@WebServlet(urlPatterns = "/export")
public class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The most rows an export writes, by default. */
    static final int DEFAULT_MAX_ROWS = 10_000;
    private int maxRows;
    /** An export carries a GraphQL request: it is held to the same size as one sent to /graphql. */
    private int maxBodyBytes;

    @Override
    public void init() {
        maxRows = ConfigProvider.getConfig().getOptionalValue("cchc.export.max-rows", Integer.class).orElse(DEFAULT_MAX_ROWS);
        maxBodyBytes = ConfigProvider.getConfig().getValue("cchc.graphql.max-body-bytes", Integer.class);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ExportFormat> format = ExportFormat.named(request.getParameter("format"));
        if (format.isEmpty()) {
            HttpAnswers.error(response, HttpServletResponse.SC_BAD_REQUEST, HttpAnswers.JSON, GraphQLErrors.BAD_REQUEST, "format must be csv or xlsx");
            return;
        }
        Optional<ExportLayout> layout = ExportLayout.named(request.getParameter("layout"));
        if (layout.isEmpty()) {
            HttpAnswers.error(response, HttpServletResponse.SC_BAD_REQUEST, HttpAnswers.JSON, GraphQLErrors.BAD_REQUEST,
                    "layout must be list or national-form");
            return;
        }
        Optional<byte[]> read = RequestBodies.read(request, response, maxBodyBytes, HttpAnswers.JSON);
        if (read.isEmpty()) {
            return;
        }
        byte[] body = read.get();
        Optional<JsonObject> sent = jsonObject(new String(body, StandardCharsets.UTF_8));
        boolean paged = sent.filter(s -> s.get("query") instanceof JsonString query
                && WholeList.declaresAfter(query.getString(), s.get("operationName") instanceof JsonString name ? name.getString() : null))
                .isPresent();
        ListTable table;
        try {
            table = layout.get().table(after -> data(request, response, after == null ? body : withAfter(sent.orElseThrow(), after)),
                    paged, maxRows);
        } catch (ExportRefusal refusal) {
            HttpAnswers.write(response, refusal.status(), HttpAnswers.JSON, refusal.body());
            return;
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        format.get().write(table, file);
        String name = fileName(request.getParameter("filename")) + "." + format.get().extension();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.get().mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(file.size());
        file.writeTo(response.getOutputStream());
    }

    private static Optional<JsonObject> jsonObject(String text) {
        try {
            return Optional.of(Json.createReader(new StringReader(text)).readObject());
        } catch (JsonException | IllegalStateException notAnObject) {
            return Optional.empty();
        }
    }

    /** The request the client sent, its variable {@code after} set to a cursor. */
    static byte[] withAfter(JsonObject sent, String after) {
        JsonObjectBuilder variables = Json.createObjectBuilder(sent.get("variables") instanceof JsonObject given ? given : JsonValue.EMPTY_JSON_OBJECT)
                .add(WholeList.AFTER, after);
        return Json.createObjectBuilder(sent).add("variables", variables).build().toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The data of the API's answer to this body; its errors, or no answer, refuse the export. */
    private JsonObject data(HttpServletRequest request, HttpServletResponse response, byte[] body) throws ExportRefusal {
        GraphQLPipeline.Answer answer;
        JsonObject json;
        try {
            answer = GraphQLPipeline.ask(request, response, body); // no GraphQL answer: no file, and no stack trace
            json = Json.createReader(new StringReader(answer.body())).readObject();
        } catch (IOException | ServletException | JsonException | IllegalStateException unanswered) {
            throw new ExportRefusal(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, GraphQLErrors.INTERNAL_SERVER_ERROR,
                    "the API gave no GraphQL answer", Map.of());
        }
        if (answer.status() != HttpServletResponse.SC_OK || json.containsKey("errors")) {
            throw new ExportRefusal(answer.status() == HttpServletResponse.SC_OK ? WholeList.UNPROCESSABLE : answer.status(), answer.body());
        }
        return json.get("data") instanceof JsonObject data ? data : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** Letters, digits, dots, dashes and underscores of the name asked for; "cchc-export" when none is left. */
    static String fileName(String asked) {
        String safe = asked == null ? "" : asked.replaceAll("[^A-Za-z0-9._-]", "");
        return safe.isEmpty() ? "cchc-export" : safe;
    }
}

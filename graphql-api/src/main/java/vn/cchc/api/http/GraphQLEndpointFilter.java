package vn.cchc.api.http;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.cchc.api.error.GraphQLErrors;
import vn.cchc.api.error.Messages;
import vn.cchc.api.paging.Batches;

/**
 * Sits in front of the GraphQL endpoint and speaks GraphQL over HTTP for it
 * (https://graphql.github.io/graphql-over-http/draft/): it negotiates the response type ({@link ResponseType}),
 * refuses what is not a GraphQL-over-HTTP POST with a 4xx status ({@link GraphQLRequest}), checks each query
 * against the published schema and the {@link QueryLimits} before the engine runs it ({@link QueryCheck}),
 * logs in a caller that brings credentials ({@link Authentication}), rewrites the engine's errors into the API's
 * error model ({@link GraphQLErrors}, messages in the language of {@code Accept-Language}) and tells the client what
 * its query cost. It also publishes the whole schema ({@link PublishedSchema}) as UTF-8.
 */
@WebFilter(urlPatterns = "/graphql/*") // matches /graphql itself too
public class GraphQLEndpointFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(GraphQLEndpointFilter.class.getName());
    private static final String SCHEMA_PATH = "/graphql/schema.graphql";

    private transient volatile PublishedSchema published;
    private transient QueryLimits limits;
    private transient int maxBodyBytes;
    private transient int maxJsonDepth;
    private transient String serverError;

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        limits = new QueryLimits(config.getValue("cchc.graphql.max-depth", Integer.class),
                config.getValue("cchc.graphql.max-cost", Long.class));
        maxBodyBytes = config.getValue("cchc.graphql.max-body-bytes", Integer.class);
        maxJsonDepth = config.getValue("cchc.graphql.max-json-depth", Integer.class);
        serverError = config.getValue("mp.graphql.defaultErrorMessage", String.class); // the engine's own words
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            // JSON is UTF-8 (RFC 8259); without this the container would read Vietnamese text as ISO-8859-1
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (SCHEMA_PATH.equals(path)) {
            if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
                HttpAnswers.write(response, HttpServletResponse.SC_OK, "text/plain", schema(request, response).sdl());
            } else {
                response.setHeader("Allow", "GET");
                HttpAnswers.refuse(response, HttpAnswers.JSON, new Refusal(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "the schema is read with GET"));
            }
            return;
        }
        Optional<ResponseType> negotiated = ResponseType.negotiate(request.getHeader("Accept"));
        if (negotiated.isEmpty()) {
            HttpAnswers.refuse(response, ResponseType.JSON.mediaType(), new Refusal(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "the response can only be application/json or application/graphql-response+json"));
            return;
        }
        ResponseType type = negotiated.get();
        try {
            answer(request, response, chain, type);
        } catch (Refusal refusal) {
            HttpAnswers.refuse(response, type.mediaType(), refusal);
        } catch (ServletException | RuntimeException | LinkageError e) {
            // the last guard of "no stack trace, no class name": the container's error page would show both, and the
            // engine fails with a NoSuchMethodError on queries its older graphql-java rejects
            LOG.log(Level.SEVERE, "GraphQL request failed", e);
            HttpAnswers.error(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, type.mediaType(),
                    GraphQLErrors.INTERNAL_SERVER_ERROR, serverError);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain, ResponseType type)
            throws IOException, ServletException, Refusal {
        boolean get = "GET".equals(request.getMethod());
        if (!get && !"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, POST");
            throw new Refusal(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "GraphQL requests are sent with POST, or queries with GET");
        }
        if (!get && !isJson(request.getContentType())) {
            throw new Refusal(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "the request body must be sent as application/json (UTF-8), got "
                            + (request.getContentType() == null ? "no Content-Type" : request.getContentType()));
        }
        Authentication.logIn(request, response);
        // a GET carries the request in its URL (what urql sends by default); the engine is given it as the POST it reads
        Optional<byte[]> posted = get ? Optional.empty() : RequestBodies.read(request, response, maxBodyBytes, type.mediaType());
        if (!get && posted.isEmpty()) {
            return; // too large: answered
        }
        GraphQLRequest graphql = get ? GraphQLRequest.fromParameters(request.getParameterMap(), maxJsonDepth)
                : GraphQLRequest.read(new String(posted.get(), StandardCharsets.UTF_8), maxJsonDepth);
        byte[] body = get ? graphql.json().getBytes(StandardCharsets.UTF_8) : posted.get();
        QueryCheck.Verdict verdict = QueryCheck.check(schema(request, response).schema(), graphql, limits);
        if (!verdict.accepted()) {
            HttpAnswers.write(response, type.notExecutedStatus(), type.mediaType(), GraphQLErrors.response(verdict.errors()));
            return;
        }
        if (get && verdict.mutation()) { // GraphQL over HTTP: a GET never changes anything
            response.setHeader("Allow", "POST");
            throw new Refusal(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "mutations are sent with POST");
        }
        String answered;
        int status;
        if (verdict.introspection()) {
            answered = schema(request, response).introspect(graphql);
            status = HttpServletResponse.SC_OK;
        } else {
            Capture capture = new Capture(response);
            Batches.open(); // the engine resolves the query on this thread: nested lists load per page, not per parent
            try {
                chain.doFilter(new Replay(request, body), capture);
            } finally {
                Batches.close();
            }
            answered = capture.body();
            status = capture.getStatus();
        }
        if (status == HttpServletResponse.SC_OK && onlyData(answered)) {
            // the usual answer: nothing to rewrite, so the cost is added without building the answer again
            HttpAnswers.write(response, status, type.mediaType(),
                    answered.substring(0, answered.lastIndexOf('}')) + ",\"extensions\":{\"cost\":" + cost(verdict.cost()) + "}}");
            return;
        }
        JsonObject answer;
        try {
            answer = Json.createReader(new StringReader(answered)).readObject();
        } catch (JsonException notJson) {
            throw new IllegalStateException("the engine answered " + status + " without JSON: " + answered, notJson);
        }
        if (status == HttpServletResponse.SC_OK && !answer.containsKey("data")) {
            status = type.notExecutedStatus(); // the engine rejected it before executing (custom scalars in variables)
        }
        JsonObject normalised = GraphQLErrors.normalise(answer, Messages.negotiate(request.getHeader("Accept-Language")));
        JsonObject engines = normalised.getOrDefault("extensions", JsonValue.EMPTY_JSON_OBJECT).asJsonObject();
        HttpAnswers.write(response, status, type.mediaType(), Json.createObjectBuilder(normalised)
                .add("extensions", Json.createObjectBuilder(engines).add("cost", cost(verdict.cost()))).build().toString());
    }

    /** Whether the engine's answer is a JSON object with "data" and nothing else (no errors, no extensions of its own). */
    private static boolean onlyData(String body) {
        try (JsonParser parser = Json.createParser(new StringReader(body))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                return false;
            }
            boolean data = false;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_OBJECT) {
                    return data && !parser.hasNext();
                }
                if (!"data".equals(parser.getString())) {
                    return false;
                }
                data = true;
                switch (parser.next()) { // the value of "data", skipped without being built
                    case START_OBJECT -> parser.skipObject();
                    case START_ARRAY -> parser.skipArray();
                    default -> { }
                }
            }
            return false;
        } catch (JsonException notJson) {
            return false;
        }
    }

    /** What the query cost and the budget it had, for the response's extensions. */
    private JsonObject cost(long requested) {
        return Json.createObjectBuilder().add("requested", requested).add("limit", limits.maxCost()).build();
    }

    /** application/json, with no charset or UTF-8: the only request body GraphQL over HTTP requires. */
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";", -1); // -1: ";;;" is four empty parts, not none
        if (!parts[0].strip().equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].replace(" ", "");
            if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8") && !parameter.equals("charset=\"utf-8\"")) {
                return false;
            }
        }
        return true;
    }

    /** The schema, read once from the engine's own printout. */
    private PublishedSchema schema(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        PublishedSchema current = published;
        if (current == null) {
            synchronized (this) {
                current = published;
                if (current == null) {
                    Capture printout = new Capture(response);
                    request.getServletContext().getRequestDispatcher(SCHEMA_PATH).include(new HttpServletRequestWrapper(request) {
                        @Override
                        public String getMethod() {
                            return "GET";
                        }
                    }, printout);
                    current = PublishedSchema.of(printout.body(), EnumDescriptions.in(request.getServletContext()));
                    published = current;
                }
            }
        }
        return current;
    }

    /**
     * The request as the engine reads it: a POST of JSON whose body, already read (or made from a GET's URL), is
     * readable again (it reads with getReader()).
     */
    private static final class Replay extends HttpServletRequestWrapper {

        private final byte[] body;

        Replay(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public String getMethod() {
            return "POST";
        }

        @Override
        public String getContentType() {
            return HttpAnswers.JSON;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }

                @Override
                public int read() {
                    return in.read();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }
    }

    /** Holds what the engine writes, bytes or characters, as UTF-8. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private PrintWriter writer;
        private ServletOutputStream stream;
        private int status = SC_OK;
        private String contentType;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("the GraphQL response is written synchronously");
                    }

                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        // the inherited one writes byte by byte: a tenth of the dashboard's time (176 KB)
                        buffer.write(bytes, offset, length);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void setContentType(String type) {
            contentType = type;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public void setCharacterEncoding(String charset) {
            // always UTF-8 on the way out
        }

        @Override
        public void setContentLength(int len) {
            // set once the body is final
        }

        @Override
        public void setContentLengthLong(long len) {
            // set once the body is final
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        String body() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }
}

package vn.cchc.api.http;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
import java.util.List;
import vn.cchc.api.error.GraphQLErrors;

/**
 * Sits in front of the GraphQL endpoint. It reads requests as UTF-8, checks each query against the published
 * schema before the engine runs it ({@link QueryCheck}), rewrites the engine's errors into the API's error
 * model ({@link GraphQLErrors}), and publishes the whole schema ({@link PublishedSchema}) as UTF-8.
 */
@WebFilter(urlPatterns = "/graphql/*") // matches /graphql itself too
public class GraphQLEndpointFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String SCHEMA_PATH = "/graphql/schema.graphql";

    private transient volatile PublishedSchema published;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            // JSON is UTF-8 (RFC 8259); without this the container would read Vietnamese text as ISO-8859-1
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (SCHEMA_PATH.equals(path)) {
            write(response, HttpServletResponse.SC_OK, "text/plain", schema(request, response).sdl());
            return;
        }
        HttpServletRequest forward = request;
        if ("POST".equals(request.getMethod())) {
            byte[] body = request.getInputStream().readAllBytes();
            List<GraphQLErrors.Error> rejected = check(request, response, new String(body, StandardCharsets.UTF_8));
            if (!rejected.isEmpty()) {
                write(response, HttpServletResponse.SC_OK, "application/json", GraphQLErrors.response(rejected));
                return;
            }
            forward = new Replay(request, body);
        }
        Capture capture = new Capture(response);
        chain.doFilter(forward, capture);
        String contentType = capture.getContentType() == null ? "application/json" : capture.getContentType().replaceFirst(";.*", "");
        String body = capture.body();
        if (contentType.equals("application/json")) {
            body = GraphQLErrors.normalise(body);
        }
        write(response, capture.getStatus(), contentType, body);
    }

    private List<GraphQLErrors.Error> check(HttpServletRequest request, HttpServletResponse response, String body) throws IOException, ServletException {
        JsonObject json;
        try {
            json = Json.createReader(new StringReader(body)).readObject();
        } catch (RuntimeException e) {
            return List.of(new GraphQLErrors.Error(GraphQLErrors.BAD_REQUEST,
                    "the request body must be a JSON object with a \"query\" string", List.of()));
        }
        if (!(json.get("query") instanceof JsonString query)) {
            return List.of(new GraphQLErrors.Error(GraphQLErrors.BAD_REQUEST,
                    "the request has no \"query\" string", List.of()));
        }
        return QueryCheck.errors(schema(request, response).schema(), query.getString());
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
                    current = PublishedSchema.of(printout.body());
                    published = current;
                }
            }
        }
        return current;
    }

    private static void write(HttpServletResponse response, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(contentType + ";charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The request with its body, already read, readable again by the engine (it reads with getReader()). */
    private static final class Replay extends HttpServletRequestWrapper {

        private final byte[] body;

        Replay(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
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

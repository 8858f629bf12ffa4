package vn.cchc.api.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Sits in front of the GraphQL endpoint: reads requests as UTF-8, rewrites error responses into the API's error
 * model ({@link GraphQLErrors}) and sends every answer, the published schema included, as UTF-8, which the
 * engine does not do for the schema.
 */
@WebFilter(urlPatterns = "/graphql/*") // matches /graphql itself too
public class GraphQLResponseFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            // JSON is UTF-8 (RFC 8259); without this the container would read Vietnamese text as ISO-8859-1
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        String body = capture.body();
        boolean schema = request.getRequestURI().endsWith(".graphql");
        String contentType = capture.getContentType();
        if (!schema && contentType != null && contentType.startsWith("application/json")) {
            body = GraphQLErrors.normalise(body);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            response.setContentType(contentType.replaceFirst(";.*", "") + ";charset=UTF-8");
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Holds what the engine writes, bytes or characters, as UTF-8. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private PrintWriter writer;
        private ServletOutputStream stream;

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
        public void setContentLength(int len) {
            // the length is set once the body is final
        }

        @Override
        public void setContentLengthLong(long len) {
            // the length is set once the body is final
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        String body() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }
}

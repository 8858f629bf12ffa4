package vn.cchc.api.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.cchc.api.error.GraphQLErrors;

/** Writes the answers of the application's own HTTP endpoints (GraphQL, upload, export), errors in the GraphQL shape. */
public final class HttpAnswers {

    public static final String JSON = "application/json";

    private HttpAnswers() {
    }

    public static void write(HttpServletResponse response, int status, String mediaType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(mediaType + ";charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** One error with its stable code, in the usual {@code {"errors": [...]}} shape. */
    public static void error(HttpServletResponse response, int status, String mediaType, String code, String message)
            throws IOException {
        write(response, status, mediaType, GraphQLErrors.response(List.of(new GraphQLErrors.Error(code, message, List.of()))));
    }

    /** A request refused before anything ran; a 401 also names the schemes a client can sign in with. */
    static void refuse(HttpServletResponse response, String mediaType, Refusal refusal) throws IOException {
        boolean unauthenticated = refusal.status() == HttpServletResponse.SC_UNAUTHORIZED;
        if (unauthenticated) {
            response.setHeader("WWW-Authenticate", Authentication.CHALLENGE);
        }
        error(response, refusal.status(), mediaType, refusal.code(), refusal.getMessage());
    }
}

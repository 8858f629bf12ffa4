package vn.cchc.api.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cchc.api.error.ApiException;
import vn.cchc.api.error.GraphQLErrors;
import vn.cchc.api.error.Messages;
import vn.cchc.domain.backup.BackupNotSupported;

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

    /** A body sent in parts, which the caller made as UTF-8 (a kept answer and its cache status). */
    static void write(HttpServletResponse response, int status, String mediaType, byte[]... parts) throws IOException {
        response.setStatus(status);
        response.setContentType(mediaType + ";charset=UTF-8");
        response.setContentLength(Arrays.stream(parts).mapToInt(p -> p.length).sum());
        for (byte[] part : parts) {
            response.getOutputStream().write(part);
        }
    }

    /** One error with its stable code, in the usual {@code {"errors": [...]}} shape. */
    public static void error(HttpServletResponse response, int status, String mediaType, String code, String message)
            throws IOException {
        write(response, status, mediaType, GraphQLErrors.response(List.of(new GraphQLErrors.Error(code, message, List.of()))));
    }

    /**
     * A call of the service layer refused, with the {@link #status status} of its code: one error per problem, each
     * message in the caller's language; a 401 also names the schemes a client can sign in with.
     */
    static void refused(HttpServletResponse response, Locale language, ApiException refused) throws IOException {
        int status = status(refused.code());
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", Authentication.CHALLENGE);
        }
        write(response, status, JSON, GraphQLErrors.response(refused.problems().stream()
                .map(p -> new GraphQLErrors.Error(p.code(), Messages.render(language, p.key(), p.args(), p.message()), List.of(),
                        p.field() == null ? Map.of() : Map.of("field", p.field())))
                .toList()));
    }

    /**
     * The status of a refusal of the service layer: 401 for a caller who did not say who it is, 403 for one who may not,
     * 409 for what this database cannot do, 400 for the request's own faults.
     */
    private static int status(String code) {
        return switch (code) {
            case GraphQLErrors.UNAUTHENTICATED -> HttpServletResponse.SC_UNAUTHORIZED;
            case "FORBIDDEN" -> HttpServletResponse.SC_FORBIDDEN;
            case BackupNotSupported.CODE -> HttpServletResponse.SC_CONFLICT;
            default -> HttpServletResponse.SC_BAD_REQUEST;
        };
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

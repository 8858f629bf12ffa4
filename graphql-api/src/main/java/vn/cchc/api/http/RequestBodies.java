package vn.cchc.api.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.cchc.api.error.GraphQLErrors;

/** Reads the body of a request to the application's endpoints up to a limit, so that no client can fill the heap. */
public final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * The body, or nothing when it is larger than {@code maxBytes}: then the request has been answered 413
     * ({@code REQUEST_TOO_LARGE}) without reading more of it, and the connection is closed, since the rest of the body
     * is still on it.
     */
    public static Optional<byte[]> read(HttpServletRequest request, HttpServletResponse response, int maxBytes, String mediaType)
            throws IOException {
        byte[] body = request.getContentLengthLong() > maxBytes ? null : request.getInputStream().readNBytes(maxBytes + 1);
        if (body == null || body.length > maxBytes) {
            response.setHeader("Connection", "close");
            HttpAnswers.error(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, mediaType, GraphQLErrors.REQUEST_TOO_LARGE,
                    "the request body is larger than the limit of " + maxBytes + " bytes");
            return Optional.empty();
        }
        return Optional.of(body);
    }
}

package vn.cchc.api.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The step that reads a GraphQL-over-HTTP request: a POST of JSON (its body capped, {@link RequestBodies}) or a GET
 * with the request in its URL; any other method or content type is refused with a 4xx {@link Refusal}.
 */
final class RequestReader {

    /** A request read: what it asks, and whether by GET. */
    record Received(GraphQLRequest request, boolean get) {

        /** The same, its document found by its hash. */
        Received withQuery(String document) {
            return new Received(request.withQuery(document), get);
        }

        /** The body the engine is given: a POST of JSON, whatever the client sent. */
        byte[] engineBody() {
            return request.json().getBytes(StandardCharsets.UTF_8);
        }
    }

    private final int maxBodyBytes;
    private final int maxJsonDepth;

    RequestReader(int maxBodyBytes, int maxJsonDepth) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxJsonDepth = maxJsonDepth;
    }

    /** Refuses what is no GraphQL-over-HTTP request before anything else is done with it: a wrong method or content type. */
    void requireGraphQL(HttpServletRequest request, HttpServletResponse response) throws Refusal {
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
    }

    /** The request, or nothing when it has been answered already (a body too large to read). */
    Optional<Received> read(HttpServletRequest request, HttpServletResponse response, ResponseType type) throws IOException, Refusal {
        if ("GET".equals(request.getMethod())) { // what urql sends by default
            return Optional.of(new Received(GraphQLRequest.fromParameters(request.getParameterMap(), maxJsonDepth), true));
        }
        Optional<byte[]> body = RequestBodies.read(request, response, maxBodyBytes, type.mediaType());
        if (body.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Received(GraphQLRequest.read(new String(body.get(), StandardCharsets.UTF_8), maxJsonDepth), false));
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
}

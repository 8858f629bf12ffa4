package vn.cchc.api.http;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;

/**
 * The two media types of a GraphQL-over-HTTP response, and how the endpoint chooses between them. They differ
 * in the status of a request that never executed (a parse, validation or variable error, a limit): the newer
 * {@code application/graphql-response+json} says 400, while {@code application/json} keeps 200, as the
 * specification asks, for the clients written before it.
 */
enum ResponseType {

    JSON("application/json", HttpServletResponse.SC_OK),
    GRAPHQL_RESPONSE("application/graphql-response+json", HttpServletResponse.SC_BAD_REQUEST);

    private final String mediaType;
    private final int notExecutedStatus;

    ResponseType(String mediaType, int notExecutedStatus) {
        this.mediaType = mediaType;
        this.notExecutedStatus = notExecutedStatus;
    }

    String mediaType() {
        return mediaType;
    }

    int notExecutedStatus() {
        return notExecutedStatus;
    }

    /**
     * The type an Accept header prefers: the higher quality wins, application/json on a tie (so for no header,
     * {@code *}{@code /*} or {@code application/*}); empty when the client accepts neither.
     */
    static Optional<ResponseType> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        ResponseType best = null;
        double bestQuality = 0;
        for (ResponseType type : values()) {
            double quality = type.quality(accept);
            if (quality > bestQuality) {
                best = type;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality the header gives this type: that of the most specific range that matches it (RFC 9110). */
    private double quality(String accept) {
        String anySubtype = mediaType.substring(0, mediaType.indexOf('/')) + "/*";
        int specificity = -1;
        double quality = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";", -1); // -1: ";;;" is four empty parts, not none
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            int matches = name.equals(mediaType) ? 2 : name.equals(anySubtype) ? 1 : name.equals("*/*") ? 0 : -1;
            if (matches > specificity) {
                specificity = matches;
                quality = quality(parts);
            }
        }
        return quality;
    }

    private static double quality(String[] rangeParts) {
        for (int i = 1; i < rangeParts.length; i++) {
            String parameter = rangeParts[i].strip();
            if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException unreadable) {
                    return 0;
                }
            }
        }
        return 1;
    }
}

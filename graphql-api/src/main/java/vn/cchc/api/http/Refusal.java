package vn.cchc.api.http;

import jakarta.servlet.http.HttpServletResponse;
import vn.cchc.api.error.GraphQLErrors;

/**
 * A request the endpoint answers itself with a 4xx status because it is not a GraphQL-over-HTTP request it can
 * serve (wrong method, content type or body): the status and a message for the client.
 */
final class Refusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    Refusal(int status, String message) {
        this(status, status == HttpServletResponse.SC_UNAUTHORIZED ? GraphQLErrors.UNAUTHENTICATED : GraphQLErrors.BAD_REQUEST, message);
    }

    Refusal(int status, String code, String message) {
        super(message, null, false, false); // an answer to the client, not a failure: no stack trace to fill
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}

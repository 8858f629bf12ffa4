package vn.cchc.api.http;

/**
 * A request the endpoint answers itself with a 4xx status because it is not a GraphQL-over-HTTP request it can
 * serve (wrong method, content type or body): the status and a message for the client.
 */
final class Refusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    Refusal(int status, String message) {
        super(message, null, false, false); // an answer to the client, not a failure: no stack trace to fill
        this.status = status;
    }

    int status() {
        return status;
    }
}

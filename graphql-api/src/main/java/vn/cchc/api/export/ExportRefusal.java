package vn.cchc.api.export;

import java.util.List;
import java.util.Map;
import vn.cchc.api.error.GraphQLErrors;

/** No file: the status and the GraphQL-shaped errors the client gets instead. */
final class ExportRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String body;

    /** The API's own answer, passed on as it is. */
    ExportRefusal(int status, String body) {
        super(null, null, false, false);
        this.status = status;
        this.body = body;
    }

    /** One error of the export endpoint, with its stable code and the facts a program needs besides it. */
    ExportRefusal(int status, String code, String message, Map<String, Object> details) {
        this(status, GraphQLErrors.response(List.of(new GraphQLErrors.Error(code, message, List.of(), details))));
    }

    int status() {
        return status;
    }

    String body() {
        return body;
    }
}

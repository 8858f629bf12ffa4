package vn.cchc.api.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The API's errors raised while the engine answers one request, kept as values for shaping its answer: Liberty's
 * engine passes an exception on to the response as its message alone, so each {@link ApiException} raised on the
 * thread that runs the request is remembered here and found again by that message.
 */
public final class RaisedErrors {

    private static final ThreadLocal<List<ApiException>> RAISED = new ThreadLocal<>();

    private RaisedErrors() {
    }

    /** From here on, this thread's errors are remembered, until {@link #close()}. */
    public static void open() {
        RAISED.set(new ArrayList<>());
    }

    public static void close() {
        RAISED.remove();
    }

    static void remember(ApiException raised) {
        List<ApiException> errors = RAISED.get();
        if (errors != null) {
            errors.add(raised);
        }
    }

    /** The error raised with this message: errors with the same message carry the same problems. */
    static Optional<ApiException> find(String message) {
        List<ApiException> errors = RAISED.get();
        return errors == null ? Optional.empty() : errors.stream().filter(raised -> raised.getMessage().equals(message)).findFirst();
    }
}

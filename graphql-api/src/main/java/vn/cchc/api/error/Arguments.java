package vn.cchc.api.error;

import java.util.function.Supplier;
import vn.cchc.domain.shared.DomainException;

/** Reads arguments through the domain's rules, naming the argument when a rule rejects it. */
public final class Arguments {

    public static final String BAD_ARGUMENT = "BAD_USER_INPUT";

    private Arguments() {
    }

    /** Runs a domain parse or construction; a rule it breaks becomes a bad-argument error naming {@code argument}. */
    public static <T> T read(String argument, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (DomainException e) {
            throw new ApiException(e.code(), "argument '" + argument + "': " + e.getMessage());
        }
    }

    public static ApiException invalid(String argument, String problem) {
        return new ApiException(BAD_ARGUMENT, "argument '" + argument + "': " + problem);
    }
}

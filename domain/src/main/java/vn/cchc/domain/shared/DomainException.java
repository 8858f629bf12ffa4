package vn.cchc.domain.shared;

import java.util.Arrays;
import java.util.List;

/**
 * A broken rule of the domain. The code is stable (clients and tests depend on it); the message says in
 * plain words which value is wrong and why. A rule that users meet when they write data also names a message
 * key and its arguments, so that the API can say the same in the caller's language (Vietnamese or English).
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String key;
    private final List<String> args;

    public DomainException(String code, String message) {
        this(code, message, null);
    }

    /**
     * @param key  the message key of the rule in the API's message bundles, or null when only the code is known
     * @param args the values the message names, in the order the bundles number them ({0}, {1}, ...)
     */
    public DomainException(String code, String message, String key, Object... args) {
        super(message);
        this.code = code;
        this.key = key;
        this.args = Arrays.stream(args).map(String::valueOf).toList();
    }

    public String code() {
        return code;
    }

    /** The message key, or the code when the rule has no key of its own. */
    public String key() {
        return key != null ? key : code;
    }

    public List<String> args() {
        return args;
    }

    /** Fails with {@code code} unless {@code condition} holds. */
    public static void require(boolean condition, String code, String message) {
        if (!condition) {
            throw new DomainException(code, message);
        }
    }

    /** Fails with {@code code} and a translatable message unless {@code condition} holds. */
    public static void require(boolean condition, String code, String message, String key, Object... args) {
        if (!condition) {
            throw new DomainException(code, message, key, args);
        }
    }

    /** Returns the trimmed text, failing with {@code code} when it is null or blank. */
    public static String requireText(String text, String code, String what) {
        require(text != null && !text.isBlank(), code, what + " must not be blank", "required", what);
        return text.strip();
    }
}

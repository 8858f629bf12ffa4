package vn.cchc.domain.shared;

/**
 * A broken rule of the domain. The code is stable (clients and tests depend on it); the message says in
 * plain words which value is wrong and why.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Fails with {@code code} unless {@code condition} holds. */
    public static void require(boolean condition, String code, String message) {
        if (!condition) {
            throw new DomainException(code, message);
        }
    }

    /** Returns the trimmed text, failing with {@code code} when it is null or blank. */
    public static String requireText(String text, String code, String what) {
        require(text != null && !text.isBlank(), code, what + " must not be blank");
        return text.strip();
    }
}

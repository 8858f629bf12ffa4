package vn.cchc.api.error;

/**
 * The one error the API raises: a stable code for programs and a message for people that names the argument
 * and the problem. {@link GraphQLErrors} turns it into a GraphQL error with {@code extensions.code}.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Separates the code from the message on its way through the GraphQL engine. */
    static final String CODE_END = "] ";

    private final String code;
    private final String plainMessage;

    public ApiException(String code, String message) {
        super("[" + code + CODE_END + message);
        this.code = code;
        this.plainMessage = message;
    }

    public String code() {
        return code;
    }

    public String plainMessage() {
        return plainMessage;
    }
}

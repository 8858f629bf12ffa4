package vn.cchc.api.error;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one error the API raises: a stable code for programs and a message for people that names the argument
 * and the problem. {@link GraphQLErrors} turns it into a GraphQL error with {@code extensions.code}, finding it again
 * among the {@link RaisedErrors} of the request.
 *
 * <p>A write that breaks several rules raises one ApiException with one {@link Problem} per broken rule; each becomes
 * an error entry of its own, with the input path ({@code extensions.field}) and its message in the caller's language.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * One broken rule: its code, the input path at fault (or null), the message key and arguments for the message
     * bundles, the English message when no bundle knows the key, and facts for programs
     * ({@code currentVersion}) added to the error's extensions.
     */
    public record Problem(String code, String field, String key, List<String> args, String message, Map<String, Object> details) {

        public Problem {
            args = List.copyOf(args);
            details = Map.copyOf(details);
        }
    }

    private final String code;
    private final String plainMessage;
    private final transient List<Problem> problems;

    public ApiException(String code, String message) {
        this(List.of(new Problem(code, null, null, List.of(), message, Map.of())));
    }

    /** An error of one or more problems, each its own error entry in the response. */
    public ApiException(List<Problem> problems) {
        super(problems.stream().map(Problem::message).collect(Collectors.joining("; ")));
        this.code = problems.get(0).code();
        this.plainMessage = problems.get(0).message();
        this.problems = List.copyOf(problems);
        RaisedErrors.remember(this); // the engine passes on only the message: GraphQLErrors finds the problems by it
    }

    public String code() {
        return code;
    }

    public String plainMessage() {
        return plainMessage;
    }

    public List<Problem> problems() {
        return problems;
    }
}

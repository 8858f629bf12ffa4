package vn.cchc.api.error;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one error the API raises: a stable code for programs and a message for people that names the argument
 * and the problem. {@link GraphQLErrors} turns it into a GraphQL error with {@code extensions.code}.
 *
 * <p>A write that breaks several rules raises one ApiException with one {@link Problem} per broken rule; each becomes
 * an error entry of its own, with the input path ({@code extensions.field}) and its message in the caller's language.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Separates the code from the message on its way through the GraphQL engine. */
    static final String CODE_END = "] ";
    /** The pseudo-code of a message that carries its problems as JSON through the engine. */
    static final String PROBLEMS = "PROBLEMS";

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
        super("[" + code + CODE_END + message);
        this.code = code;
        this.plainMessage = message;
        this.problems = List.of(new Problem(code, null, null, List.of(), message, Map.of()));
    }

    /** An error of one or more problems, each its own error entry in the response. */
    public ApiException(List<Problem> problems) {
        super("[" + PROBLEMS + CODE_END + encode(problems));
        this.code = problems.get(0).code();
        this.plainMessage = problems.get(0).message();
        this.problems = List.copyOf(problems);
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

    private static String encode(List<Problem> problems) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Problem p : problems) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("code", p.code()).add("message", p.message());
            if (p.field() != null) {
                o.add("field", p.field());
            }
            if (p.key() != null) {
                o.add("key", p.key());
            }
            JsonArrayBuilder args = Json.createArrayBuilder();
            p.args().forEach(args::add);
            JsonObjectBuilder details = Json.createObjectBuilder();
            new TreeMap<>(p.details()).forEach((k, v) ->
                    details.add(k, v instanceof Number n ? Json.createValue(n.longValue()) : Json.createValue(v.toString())));
            array.add(o.add("args", args).add("details", details));
        }
        return array.build().toString();
    }
}

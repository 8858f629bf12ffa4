package vn.cchc.domain.shared;

import java.util.List;

/** Every rule a write broke, found before anything was written; each becomes one error of the response. */
public class InvalidInputException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("BAD_USER_INPUT", violations.size() + " rule(s) broken, first: " + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}

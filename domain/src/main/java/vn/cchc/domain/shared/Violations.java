package vn.cchc.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Collects the broken rules of one write: every value is checked, then the write fails with all of them or goes
 * ahead with none. Nothing is written before {@link #throwIfAny()} has passed.
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    /** Runs a domain construction or rule for the value at {@code field}; a rule it breaks is recorded. */
    public <T> Optional<T> check(String field, Supplier<T> rule) {
        try {
            return Optional.ofNullable(rule.get());
        } catch (InvalidInputException e) {
            found.addAll(e.violations());
            return Optional.empty();
        } catch (DomainException e) {
            found.add(Violation.of(field, e));
            return Optional.empty();
        }
    }

    /** Runs a domain rule that gives nothing back for the value at {@code field}; returns whether it held. */
    public boolean checkRule(String field, Runnable rule) {
        return check(field, () -> {
            rule.run();
            return true;
        }).isPresent();
    }

    /** Records a rule the value at {@code field} broke. */
    public void add(String field, DomainException broken) {
        found.add(Violation.of(field, broken));
    }

    /** Records a broken rule unless {@code condition} holds; returns the condition. */
    public boolean require(boolean condition, String field, String code, String message, String key, Object... args) {
        if (!condition) {
            found.add(Violation.of(field, new DomainException(code, message, key, args)));
        }
        return condition;
    }

    /** The field {@code child} of the part at {@code parent} of a command ("" for the command itself). */
    public static String field(String parent, String child) {
        return parent.isEmpty() ? child : parent + "." + child;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Fails with every broken rule found so far. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}

package vn.cchc.api.error;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.shared.InvalidInputException;
import vn.cchc.domain.shared.VersionConflict;

/**
 * The one way a mutation runs: its input is checked with Bean Validation (SmallRye GraphQL 1.0.26 does not validate
 * arguments), then the service does the write in its transaction, and every broken rule, from the constraints or the
 * domain, becomes one error entry with its code, input path and message.
 */
public final class Writes {

    /** Where a rule that names no input value points: the input as a whole. */
    private static final String INPUT = "input";

    private Writes() {
    }

    /** Checks {@code input} with the validator, then runs the write; a broken rule becomes the API's error. */
    public static <T> T run(Validator validator, Object input, Supplier<T> write) {
        List<ApiException.Problem> invalid = validator.validate(input).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(Writes::problem)
                .toList();
        if (!invalid.isEmpty()) {
            throw new ApiException(invalid);
        }
        return translated(write);
    }

    /** Runs a call of the service layer; a broken rule (an access refused included) becomes the API's error. */
    public static <T> T translated(Supplier<T> call) {
        try {
            return call.get();
        } catch (DomainException e) {
            throw translate(e);
        } catch (RuntimeException e) {
            if (causedByLostUpdate(e)) {
                // a concurrent change committed between this one's read and its write: the version check of the
                // database caught what the version the client gave could not
                throw new ApiException(List.of(new ApiException.Problem(VersionConflict.CODE, INPUT + ".version", null,
                        List.of(), "changed meanwhile by someone else: read it again", Map.of())));
            }
            throw e;
        }
    }

    /** The API's error for a broken rule of the domain or the service layer. */
    public static ApiException translate(DomainException e) {
        if (e instanceof InvalidInputException invalid) {
            return new ApiException(invalid.violations().stream()
                    .map(v -> new ApiException.Problem(v.code(), inputPath(v.field()), v.key(), v.args(), v.message(), Map.of()))
                    .toList());
        }
        if (e instanceof VersionConflict conflict) {
            return new ApiException(List.of(new ApiException.Problem(conflict.code(), INPUT + ".version", conflict.key(),
                    conflict.args(), conflict.getMessage(), Map.of("currentVersion", conflict.currentVersion()))));
        }
        return new ApiException(List.of(new ApiException.Problem(e.code(), null, e.key(), e.args(), e.getMessage(), Map.of())));
    }

    /**
     * Where a field of a command stands in the mutation: the services name the command's fields ({@code tasks[0].deadline}),
     * and every mutation takes its command as its {@code input} argument.
     */
    private static String inputPath(String commandField) {
        return commandField == null ? null : commandField.isEmpty() ? INPUT : INPUT + "." + commandField;
    }

    private static ApiException.Problem problem(ConstraintViolation<Object> v) {
        String field = INPUT + "." + v.getPropertyPath();
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        List<String> args = switch (constraint) {
            case "Size" -> List.of(field, String.valueOf(attributes.get("min")), String.valueOf(attributes.get("max")));
            case "Min", "Max" -> List.of(field, String.valueOf(attributes.get("value")));
            default -> List.of(field);
        };
        String code = switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
            case "Size" -> "INVALID_LENGTH";
            default -> "OUT_OF_RANGE";
        };
        return new ApiException.Problem(code, field, "constraint." + constraint, args, field + ": " + v.getMessage(), Map.of());
    }

    private static boolean causedByLostUpdate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}

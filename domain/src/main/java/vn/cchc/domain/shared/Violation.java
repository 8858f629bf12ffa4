package vn.cchc.domain.shared;

import java.util.List;

/**
 * One broken rule of one input value: the stable code, where in the input ({@code input.observations[2].numerator}),
 * the message key and arguments for the caller's language, and the English message.
 */
public record Violation(String code, String field, String key, List<String> args, String message) {

    public static Violation of(String field, DomainException e) {
        return new Violation(e.code(), field, e.key(), e.args(), e.getMessage());
    }
}

package vn.cchc.application.ingestion;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import vn.cchc.domain.ingestion.ProposedFact;
import vn.cchc.domain.shared.InvalidInputException;
import vn.cchc.domain.shared.Violation;

/**
 * Which fact each part of a command came from ({@code sections[1].items[0]}, {@code observations[3]}, {@code title}),
 * so that a rule a service finds broken is named at the fact: {@code facts[17].text}.
 */
final class FactPaths {

    private final Map<String, ProposedFact> byPath = new LinkedHashMap<>();

    static String at(ProposedFact fact, String value) {
        return "facts[" + fact.ordinal() + "]" + (value == null || value.isEmpty() ? "" : "." + value);
    }

    FactPaths put(String path, ProposedFact fact) {
        byPath.put(path, fact);
        return this;
    }

    /** Runs a service call; the rules it finds broken are named at their facts. */
    <T> T run(Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidInputException invalid) {
            throw new InvalidInputException(invalid.violations().stream().map(this::atFact).toList());
        }
    }

    private Violation atFact(Violation violation) {
        String field = violation.field() == null ? "" : violation.field();
        String best = null;
        for (String path : byPath.keySet()) {
            boolean prefix = field.equals(path) || field.startsWith(path + ".") || field.startsWith(path + "[");
            if (prefix && (best == null || path.length() > best.length())) {
                best = path;
            }
        }
        if (best == null) {
            return violation;
        }
        String rest = field.substring(best.length()).replaceFirst("^\\.", "");
        return new Violation(violation.code(), at(byPath.get(best), rest), violation.key(), violation.args(), violation.message());
    }
}

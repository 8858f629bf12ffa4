package vn.cchc.domain.ingestion;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts read so far, one per kind and key: a document cited twice, or a figure stated twice, is one fact, at its
 * first mention, with what a later mention adds to it (a date, an issuer) filled in.
 */
final class Facts {

    /** A fact being read; it becomes a {@link ProposedFact} at the end. */
    static final class Draft {
        final FactKind kind;
        final String key;
        final Map<String, String> values = new LinkedHashMap<>();
        final SourceSpan span;
        final double confidence;
        final Set<FactFlag> flags = EnumSet.noneOf(FactFlag.class);

        Draft(FactKind kind, String key, SourceSpan span, double confidence) {
            this.kind = kind;
            this.key = key;
            this.span = span;
            this.confidence = confidence;
        }

        Draft put(String name, Object value) {
            if (value != null && !value.toString().isBlank() && !values.containsKey(name)) {
                values.put(name, value.toString());
            }
            return this;
        }

        Draft flag(FactFlag flag) {
            flags.add(flag);
            return this;
        }
    }

    private final Map<String, Draft> byKey = new LinkedHashMap<>();

    /** The fact of this kind and key: a new one, or the one already read. */
    Draft add(FactKind kind, String key, SourceSpan span, double confidence) {
        return byKey.computeIfAbsent(kind + "\u0000" + key, k -> new Draft(kind, key, span, confidence));
    }

    /** The fact of this kind and key, already read. */
    Draft get(FactKind kind, String key) {
        return byKey.get(kind + "\u0000" + key);
    }

    List<Draft> all(FactKind kind) {
        return byKey.values().stream().filter(draft -> draft.kind == kind).toList();
    }

    List<ProposedFact> proposed() {
        List<ProposedFact> facts = new ArrayList<>();
        for (Draft draft : byKey.values()) {
            facts.add(new ProposedFact(draft.kind, draft.key, draft.values, draft.span, draft.confidence, draft.flags));
        }
        return facts;
    }
}

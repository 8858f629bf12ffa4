package vn.cchc.domain.ingestion;

import java.util.List;

/**
 * What a proposed fact is about, and the values it may carry: a reviewer's edit may set only these, so that a fact
 * keeps the shape the draft is made from.
 */
public enum FactKind {
    /** One line of the heading: its key is the field (issuer, number, place, dateLine, title, period). */
    HEADING("value"),
    /** A section of the outline; its key is the number path, e.g. {@code II/5/5.1}. */
    SECTION("number", "heading", "area", "documents"),
    /** A paragraph or bullet of a section, word for word; its key is {@code <section path>#<n>}. */
    ITEM("text", "bullet", "documents"),
    /** A cited document; its key is the number as printed. */
    DOCUMENT("number", "kind", "issuedOn", "issuer", "drafted", "subject", "amends", "planYear", "planType"),
    /** A figure, an observation of a standard indicator; its key names the indicator and the breakdown. */
    FIGURE("indicator", "value", "numerator", "denominator", "approximation", "statedPercent", "scope", "field",
            "dossierKind", "dossierKindLabel"),
    /** A named unit with its financial autonomy regime. */
    UNIT("name", "autonomyRegime"),
    /** A line of "Nơi nhận"; its key is its place in the list. */
    RECIPIENT("text"),
    /** The signer: position and name. */
    SIGNER("position", "name");

    private final List<String> fields;

    FactKind(String... fields) {
        this.fields = List.of(fields);
    }

    public List<String> fields() {
        return fields;
    }
}

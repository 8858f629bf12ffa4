package vn.cchc.domain.finding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import vn.cchc.domain.shared.DomainException;

/** One thing a finding points to (bằng chứng): what it is, how to find it, and what it says, in the data's words. */
@Embeddable
public class Evidence {

    /** Longer texts (a paragraph quoted) are cut here, with an ellipsis. */
    public static final int MAX_TEXT = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    private EvidenceKind kind;

    /** The id or code of what it points to. */
    @Column(name = "TARGET", length = 100)
    private String reference;

    @Column(name = "EVIDENCE_TEXT", nullable = false, length = MAX_TEXT)
    private String text;

    protected Evidence() {
        // for JPA
    }

    public Evidence(EvidenceKind kind, Object reference, String text) {
        DomainException.require(kind != null, "INVALID_FINDING", "evidence has a kind");
        this.kind = kind;
        this.reference = reference == null ? null : String.valueOf(reference);
        String said = DomainException.requireText(text, "INVALID_FINDING", "what the evidence says");
        this.text = said.length() <= MAX_TEXT ? said : said.substring(0, MAX_TEXT - 1) + "…";
    }

    public EvidenceKind kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence e && e.kind == kind && Objects.equals(e.reference, reference) && e.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, reference, text);
    }

    @Override
    public String toString() {
        return kind + " " + reference + ": " + text;
    }
}

package vn.cchc.domain.ingestion;

/** What the reviewer decided about a proposed fact. */
public enum FactDecision {
    /** Not decided yet. */
    PROPOSED,
    /** Taken into the draft as proposed, or as edited. */
    ACCEPTED,
    /** Left out of the draft. */
    REJECTED
}

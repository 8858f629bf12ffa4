package vn.cchc.domain.ingestion;

/** Where an ingestion stands. */
public enum IngestionState {
    /** Its facts are proposed and being reviewed. */
    PROPOSED,
    /** A draft report was made of its accepted facts; the draft is edited from then on, not the proposal. */
    DRAFTED
}

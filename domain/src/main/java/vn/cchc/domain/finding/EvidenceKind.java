package vn.cchc.domain.finding;

/** What a piece of evidence points to (loại bằng chứng). */
public enum EvidenceKind {
    /** A figure the report gives: its reference is the observation's id. */
    OBSERVATION,
    /** The report itself: its id. */
    REPORT,
    /** A paragraph or bullet of the report: its id. */
    REPORT_ITEM,
    /** A unit of the directory: its code. */
    UNIT,
    /** A document the report cites: its id. */
    DOCUMENT,
    /** A count computed from the dossier records: the indicator's code. */
    DOSSIER_COUNT,
    /** Words of the report's source file, as it was taken in: the fact's ordinal. */
    SOURCE_TEXT
}

package vn.cchc.domain.ingestion;

/** The kind of file a report came in (định dạng tệp báo cáo). */
public enum SourceFormat {
    /** Word 2007 and later (.docx). */
    DOCX,
    /** Word 97–2003 (.doc). */
    DOC,
    /** A PDF with a text layer. */
    PDF,
    /** Plain text, in the charset it was read with. */
    TEXT
}

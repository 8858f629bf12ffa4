package vn.cchc.domain.ingestion;

import java.util.Objects;

/**
 * A report file read into its paragraphs: the format it came in and, for plain text, the charset it was read with
 * (detected or declared), kept so that a reviewer sees how the bytes were taken.
 */
public record ReportText(SourceFormat format, String charset, SourceText text) {

    public ReportText {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
    }
}

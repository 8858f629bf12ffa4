package vn.cchc.ingestion;

import vn.cchc.domain.ingestion.ReportFileRefused;
import vn.cchc.domain.ingestion.ReportFileRefused.Reason;

/** The refusals the readers share, worded once for the person who uploaded the file. */
final class Refusals {

    static final String ACCEPTED = "a report can be uploaded as .docx, .doc, .txt or a PDF with a text layer";

    private Refusals() {
    }

    static ReportFileRefused unsupported(String what) {
        return new ReportFileRefused(Reason.UNSUPPORTED_FORMAT, "The file is " + what + ": " + ACCEPTED + ".");
    }

    static ReportFileRefused unreadable(String format, Exception cause) {
        ReportFileRefused refused = new ReportFileRefused(Reason.UNREADABLE,
                "The file looks like " + format + " but its content is broken and cannot be read"
                        + "; open it in its program and save it again.");
        if (cause != null) {
            refused.initCause(cause);
        }
        return refused;
    }

    static ReportFileRefused encrypted(String format) {
        return new ReportFileRefused(Reason.ENCRYPTED,
                "The " + format + " is protected by a password: remove the protection and upload it again.");
    }

    static ReportFileRefused scanned(String what) {
        return new ReportFileRefused(Reason.SCANNED_IMAGE, "The file is " + what
                + ": a scanned report has no text to read; it needs to be typed or OCR'd first.");
    }

    static ReportFileRefused empty() {
        return new ReportFileRefused(Reason.EMPTY, "The file has no text in it.");
    }
}

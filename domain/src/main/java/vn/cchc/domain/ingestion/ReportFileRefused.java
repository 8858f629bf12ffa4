package vn.cchc.domain.ingestion;

import vn.cchc.domain.shared.DomainException;

/**
 * A report file that cannot be ingested, with the reason as a stable code and a message a reporter can act on
 * (Vietnamese or English through its key {@code ingestion.<code>}).
 */
public class ReportFileRefused extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Why a file is refused. */
    public enum Reason {
        /** Nothing in it, or no text once read. */
        EMPTY,
        /** Larger than the configured cap; refused before it is parsed. */
        TOO_LARGE,
        /** Neither .docx, .doc, .txt nor PDF (by its content, not only its name). */
        UNSUPPORTED_FORMAT,
        /** An image, or a PDF of scanned pages without a text layer: it would need OCR. */
        SCANNED_IMAGE,
        /** Protected by a password. */
        ENCRYPTED,
        /** It claims a format but its content is broken. */
        UNREADABLE
    }

    private final Reason reason;

    public ReportFileRefused(Reason reason, String message, Object... args) {
        super("FILE_" + reason.name(), message, "ingestion." + reason.name().toLowerCase(java.util.Locale.ROOT), args);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

package vn.cchc.application.document;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.domain.document.DocumentKind;
import vn.cchc.domain.document.LinkType;
import vn.cchc.domain.document.PlanType;

/** What a client asks of a document, as plain values named like the GraphQL inputs' fields. */
public final class DocumentCommands {

    private DocumentCommands() {
    }

    /**
     * The document as it is to be recorded (createDocument, and updateDocument with its id and version).
     *
     * @param planYear for a plan (kind PLAN) only, as {@code planType}
     * @param links    what this document amends, implements or replaces: all its links, replacing those it had
     */
    public record Content(String number, DocumentKind kind, LocalDate issuedOn, String issuerCode, String drafterCode,
                          String subject, Integer planYear, PlanType planType, List<Link> links) {
    }

    /** "This document {@code type} the document {@code documentId}". */
    public record Link(LinkType type, String documentId) {
    }
}

package vn.cchc.application.document;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.document.DocumentKind;
import vn.cchc.domain.document.LinkType;
import vn.cchc.domain.document.PlanTaskStatus;
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

    /** The plan a change of its tasks applies to, the version the client read, and why (kept in the audit trail). */
    public record PlanChange(String documentId, long version, String reason) {
    }

    /**
     * A task as the plan assigns it (addPlanTask, revisePlanTask, and the tasks of a new plan).
     *
     * @param coordinatingUnitCodes the coordinating units (đơn vị phối hợp) in the plan's order; null or empty: none
     */
    public record Task(String description, ReformArea area, String leadUnitCode, List<String> coordinatingUnitCodes,
                       LocalDate deadline, String expectedOutput) {
    }

    /** How far a task got: its status and, when DONE, the day it was completed. */
    public record Progress(PlanTaskStatus status, LocalDate completedOn) {
    }
}

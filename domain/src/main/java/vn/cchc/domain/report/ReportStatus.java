package vn.cchc.domain.report;

/** Where a report stands between the department that writes it and Home Affairs, which approves it. */
public enum ReportStatus {
    /** dự thảo: being written, editable */
    DRAFT,
    /** đã gửi: sent to the Department of Home Affairs */
    SUBMITTED,
    /** trả lại: returned for revision, editable again */
    RETURNED,
    /** đã duyệt: approved and locked */
    APPROVED,
    /** đã được thay thế: approved once, then replaced by an approved correction (a newer revision); still readable */
    SUPERSEDED;

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /**
     * Whether a report's figures count in the analytics (series, rankings, comparisons): Home Affairs counts what was
     * sent to it and not returned; a superseded revision counts no more, its approved correction does.
     */
    public boolean isCounted() {
        return this == SUBMITTED || this == APPROVED;
    }

    /** Whether the report has been sent to Home Affairs (đã gửi): what it holds was reported, whatever came of it. */
    public boolean isSent() {
        return this == SUBMITTED || this == APPROVED || this == SUPERSEDED;
    }
}

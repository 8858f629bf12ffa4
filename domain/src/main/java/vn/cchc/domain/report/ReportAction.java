package vn.cchc.domain.report;

/** A step of a report's life (thao tác trên báo cáo), and the statuses it can be taken from: the one place of that rule. */
public enum ReportAction {
    /** change its heading, outline or figures */
    EDIT,
    /** send it to Home Affairs */
    SUBMIT,
    /** Home Affairs sends it back with a reason */
    RETURN,
    /** Home Affairs approves it */
    APPROVE,
    /** start a correction, a new revision */
    REVISE;

    public boolean isAllowedIn(ReportStatus status) {
        return switch (this) {
            case EDIT, SUBMIT -> status.isEditable();
            case RETURN, APPROVE -> status == ReportStatus.SUBMITTED;
            case REVISE -> status == ReportStatus.APPROVED;
        };
    }
}

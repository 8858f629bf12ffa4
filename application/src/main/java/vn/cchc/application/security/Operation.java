package vn.cchc.application.security;

/**
 * What a caller asks to do. Reading reports and their observations is not here: every caller may, but each sees
 * only the reports {@link AccessPolicy#reportVisibility} lets it see.
 */
public enum Operation {
    /** units, documents, procedures, dossiers, indicators, reform areas (danh mục) */
    READ_DIRECTORY(false, false),
    /** dossier statistics, series, rankings, comparisons (phân tích) */
    READ_ANALYTICS(false, false),
    /** the audit trail (nhật ký thay đổi) */
    READ_AUDIT(false, false),
    /** start a draft report of a unit */
    CREATE_REPORT(true, true),
    /** change a draft's heading, sections, items and observations */
    EDIT_REPORT(true, true),
    /** send a draft to Home Affairs */
    SUBMIT_REPORT(true, true),
    /** start a new revision of an approved report */
    REVISE_REPORT(true, true),
    /** Home Affairs sends a report back */
    RETURN_REPORT(true, false),
    /** Home Affairs approves a report */
    APPROVE_REPORT(true, false),
    /** create a unit below another, rename, move or close a unit (cơ cấu tổ chức); a top-level unit: admin only */
    EDIT_UNIT(true, true),
    /** record or change a document or plan the unit issued or drafted (văn bản, kế hoạch) */
    EDIT_DOCUMENT(true, true),
    /** record or change a procedure the unit is competent for, its online level included (thủ tục hành chính) */
    EDIT_PROCEDURE(true, true),
    /** bulk import of the dossiers a unit's one-stop system exported (nhập hồ sơ hàng loạt) */
    IMPORT_DOSSIERS(true, true),
    /** take in a report file, review what it proposes and make a draft of it (nhập báo cáo từ tệp) */
    INGEST_REPORT(true, true),
    /** run the data-quality rules over a unit's subtree and a range of quarters (kiểm tra chất lượng số liệu) */
    EVALUATE_FINDINGS(true, false),
    /** acknowledge, resolve or reopen a data-quality finding: Home Affairs, or a reporter for its subtree's */
    CHANGE_FINDING_STATUS(true, true),
    /** an online copy of the whole database into the server's backup folder (sao lưu): admin only */
    BACK_UP_DATABASE(false, false);

    private final boolean write;
    private final boolean unitWork;

    Operation(boolean write, boolean unitWork) {
        this.write = write;
        this.unitWork = unitWork;
    }

    public boolean isWrite() {
        return write;
    }

    /** True for the work a unit does on its own reports, which a reporter may do within its subtree. */
    public boolean isUnitWork() {
        return unitWork;
    }
}

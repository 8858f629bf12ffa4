package vn.cchc.api.security;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.application.security.Operation;
import vn.cchc.processor.MirrorOf;

@Enum("Permission")
@MirrorOf(Operation.class)
@Description("What a caller may do (quyền), on some unit at least; a reporter's unit work is limited to its subtree.")
public enum PermissionView {
    @Description("Read the directory: units, documents, procedures, dossiers (đọc danh mục).")
    READ_DIRECTORY,
    @Description("Read dossier statistics, series, rankings, comparisons and reportsDue (đọc phân tích).")
    READ_ANALYTICS,
    @Description("Read the audit trail (đọc nhật ký thay đổi).")
    READ_AUDIT,
    @Description("Start a draft report (tạo báo cáo).")
    CREATE_REPORT,
    @Description("Change a draft's heading, outline and figures (sửa báo cáo).")
    EDIT_REPORT,
    @Description("Send a report to Home Affairs (gửi báo cáo).")
    SUBMIT_REPORT,
    @Description("Start a correction of an approved report (sửa đổi báo cáo).")
    REVISE_REPORT,
    @Description("Return a submitted report (trả lại báo cáo).")
    RETURN_REPORT,
    @Description("Approve a submitted report (duyệt báo cáo).")
    APPROVE_REPORT,
    @Description("Create, rename, move or close units (sửa cơ cấu tổ chức).")
    EDIT_UNIT,
    @Description("Record or correct documents and plans (sửa văn bản).")
    EDIT_DOCUMENT,
    @Description("Record or correct procedures (sửa thủ tục).")
    EDIT_PROCEDURE,
    @Description("Import a one-stop system's dossiers (nhập hồ sơ).")
    IMPORT_DOSSIERS,
    @Description("Take a report file in and make a draft of it (nhập báo cáo từ tệp).")
    INGEST_REPORT,
    @Description("Run the data-quality rules over a subtree and quarters (kiểm tra chất lượng số liệu).")
    EVALUATE_FINDINGS,
    @Description("Acknowledge, resolve or reopen a data-quality finding (cập nhật trạng thái phát hiện).")
    CHANGE_FINDING_STATUS,
    @Description("Back the database up (sao lưu).")
    BACK_UP_DATABASE
}

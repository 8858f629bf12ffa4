package vn.cchc.api.report;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.report.ReportStatus;
import vn.cchc.processor.FilterOf;
import vn.cchc.processor.MirrorOf;

@Enum("ReportStatus")
@MirrorOf(ReportStatus.class)
@FilterOf("a report status (trạng thái báo cáo)")
@Description("Where a report stands (trạng thái báo cáo).")
public enum ReportStatusView {
    @Description("Being written (dự thảo).")
    DRAFT,
    @Description("Sent to the Department of Home Affairs (đã gửi).")
    SUBMITTED,
    @Description("Returned for revision (trả lại để chỉnh sửa).")
    RETURNED,
    @Description("Approved and locked (đã duyệt); a correction is a new revision.")
    APPROVED,
    @Description("Approved, then replaced by an approved newer revision (đã được thay thế); still readable.")
    SUPERSEDED
}

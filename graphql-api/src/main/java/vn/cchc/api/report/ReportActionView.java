package vn.cchc.api.report;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.report.ReportAction;
import vn.cchc.processor.MirrorOf;

@Enum("ReportAction")
@MirrorOf(ReportAction.class)
@Description("A step of a report's life (thao tác trên báo cáo), each the mutation of the same name.")
public enum ReportActionView {
    @Description("Change its heading, outline or figures (sửa): updateReportHeading, replaceReportSections, recordObservations.")
    EDIT,
    @Description("Send it to Home Affairs (gửi): submitReport.")
    SUBMIT,
    @Description("Return it with a reason (trả lại): returnReport.")
    RETURN,
    @Description("Approve it (duyệt): approveReport.")
    APPROVE,
    @Description("Start its correction, a new revision (sửa đổi): reviseReport.")
    REVISE
}

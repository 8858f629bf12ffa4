package vn.cchc.api.document;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.document.PlanTaskStatus;
import vn.cchc.processor.FilterOf;
import vn.cchc.processor.MirrorOf;

@Enum("PlanTaskStatus")
@MirrorOf(PlanTaskStatus.class)
@FilterOf("how far a task of a plan got (tiến độ nhiệm vụ)")
@Description("How far a task of a plan got (tiến độ thực hiện nhiệm vụ); whether it is overdue is the task's `overdue`.")
public enum PlanTaskStatusView {
    @Description("Not started (chưa triển khai).")
    NOT_STARTED,
    @Description("In progress (đang triển khai).")
    IN_PROGRESS,
    @Description("Done (đã hoàn thành), on `completedOn`.")
    DONE
}

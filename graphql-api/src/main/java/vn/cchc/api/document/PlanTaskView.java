package vn.cchc.api.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.area.ReformAreaView;
import vn.cchc.api.mapping.Enums;
import vn.cchc.api.unit.UnitView;
import vn.cchc.domain.document.PlanTask;
import vn.cchc.domain.document.PlanTaskAttribute;
import vn.cchc.domain.shared.VietnamCalendar;
import vn.cchc.processor.ListOf;
import vn.cchc.processor.OrderBy;

@Type("PlanTask")
@Description("A task of a plan (nhiệm vụ của kế hoạch), a row of the plan's table: what to do, the reform area, the lead "
        + "and coordinating units, the deadline, the expected output and how far it got.")
@ListOf(page = "tasks of plans (các nhiệm vụ), in the order asked for",
        nodes = "tasks", edge = "A task of a plan", node = "task",
        attributes = PlanTaskAttribute.class, order = "tasks of plans (sắp xếp nhiệm vụ)", ordered = "tasks of plans",
        orderBy = {
                @OrderBy(value = "DEADLINE", description = "The deadline (thời hạn); standing work last."),
                @OrderBy(value = "NUMBER", description = "The number in its plan (số thứ tự)."),
                @OrderBy(value = "STATUS", description = "How far it got (tiến độ), by its name."),
                @OrderBy(value = "COMPLETED_ON", description = "The day it was done (ngày hoàn thành); tasks not done last.")})
public class PlanTaskView {

    private final PlanTask task;

    PlanTaskView(PlanTask task) {
        this.task = task;
    }

    @NonNull
    @Description("The plan it belongs to (kế hoạch).")
    public DocumentView getPlan() {
        return new DocumentView(task.plan());
    }

    @Description("Its number in the plan (số thứ tự), 1, 2, ...: what the task mutations name it by.")
    public int getNumber() {
        return task.number();
    }

    @NonNull
    @Description("What is to be done, as written in the plan (nội dung nhiệm vụ).")
    public String getDescription() {
        return task.description();
    }

    @Description("The reform area (lĩnh vực CCHC); null when the task is not about one.")
    public ReformAreaView getArea() {
        return task.area().map(a -> Enums.mirror(a, ReformAreaView.class)).orElse(null);
    }

    @Description("The unit in charge (đơn vị chủ trì); null when the plan names none.")
    public UnitView getLeadUnit() {
        return task.leadUnit().map(UnitView::new).orElse(null);
    }

    @NonNull
    @Description("The units that take part (đơn vị phối hợp), in the plan's order.")
    public List<@NonNull UnitView> getCoordinatingUnits() {
        return task.coordinatingUnits().stream().map(UnitView::new).toList();
    }

    @Description("The deadline (thời hạn hoàn thành), ISO-8601; null for standing work (thường xuyên).")
    public LocalDate getDeadline() {
        return task.deadline().orElse(null);
    }

    @Description("What it delivers (sản phẩm), e.g. a report or a decision; null when the plan names nothing.")
    public String getExpectedOutput() {
        return task.expectedOutput().orElse(null);
    }

    @NonNull
    @Description("How far it got (tiến độ).")
    public PlanTaskStatusView getStatus() {
        return Enums.mirror(task.status(), PlanTaskStatusView.class);
    }

    @Description("The day it was done (ngày hoàn thành); null unless DONE.")
    public LocalDate getCompletedOn() {
        return task.completedOn().orElse(null);
    }

    @Description("True when it is not done and its deadline has passed (quá hạn), as of today in Vietnam.")
    public boolean getOverdue() {
        return task.isOverdueOn(VietnamCalendar.today(Clock.systemUTC()));
    }
}

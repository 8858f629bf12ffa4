package vn.cchc.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;

/** A plan's tasks (nhiệm vụ) and every rule the plan keeps about them. */
class PlanTaskTest {

    private static final LocalDate ISSUED = LocalDate.of(2024, 1, 15);
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    private final Unit department = new Unit("NA-SKHCN", "Sở Khoa học và Công nghệ", null, UnitKind.DEPARTMENT, null, null);
    private final Unit office = new Unit("NA-SKHCN-VP", "Văn phòng Sở", null, UnitKind.DEPARTMENT_OFFICE, department, null);
    private final Unit shop = new Unit("NA-SKHCN-MC", "Bộ phận một cửa", null, UnitKind.ONE_STOP_SHOP, department, null);
    private final Plan plan = new Plan(DocumentNumber.parse("12/KH-SKHCN"), ISSUED, department, "Kế hoạch CCHC năm 2024", 2024,
            PlanType.ADMINISTRATIVE_REFORM);

    private static TaskAssignment task(String description, Unit lead, LocalDate deadline, Unit... coordinators) {
        return new TaskAssignment(description, ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM, lead, List.of(coordinators), deadline,
                "Báo cáo kết quả");
    }

    private TaskAssignment review() {
        return task("Rà soát, đơn giản hóa thủ tục hành chính", office, LocalDate.of(2024, 6, 30), shop);
    }

    private static Unit closedOn(String code, LocalDate lastDay) {
        Unit unit = new Unit(code, "Đơn vị " + code, null, UnitKind.DEPARTMENT_OFFICE, null, null);
        unit.close(lastDay);
        return unit;
    }

    @Test
    void shouldKeepWhatATaskAssignsAndStartItNotStarted() {
        PlanTask task = plan.addTask(new TaskAssignment("  Rà soát thủ tục hành chính  ", ReformArea.INSTITUTIONAL_REFORM, office,
                List.of(shop), LocalDate.of(2024, 3, 31), "  Báo cáo rà soát "));

        assertThat(task.number()).isEqualTo(1);
        assertThat(task.plan()).isSameAs(plan);
        assertThat(task.description()).isEqualTo("Rà soát thủ tục hành chính");
        assertThat(task.area()).contains(ReformArea.INSTITUTIONAL_REFORM);
        assertThat(task.leadUnit()).contains(office);
        assertThat(task.coordinatingUnits()).containsExactly(shop);
        assertThat(task.deadline()).contains(LocalDate.of(2024, 3, 31));
        assertThat(task.expectedOutput()).contains("Báo cáo rà soát");
        assertThat(task.status()).isEqualTo(PlanTaskStatus.NOT_STARTED);
        assertThat(task.completedOn()).isEmpty();
        assertThat(plan.tasks()).containsExactly(task);
    }

    @Test
    void shouldLeaveOutWhatThePlanDoesNotName() {
        PlanTask task = plan.addTask(new TaskAssignment("Tuyên truyền cải cách hành chính", null, null, null, null, " "));

        assertThat(task.area()).isEmpty();
        assertThat(task.leadUnit()).isEmpty();
        assertThat(task.coordinatingUnits()).isEmpty();
        assertThat(task.deadline()).isEmpty();
        assertThat(task.expectedOutput()).isEmpty();
    }

    @Test
    void shouldNumberTasksAfterTheHighestAndKeepThemInNumberOrder() {
        plan.addTask(review());
        plan.addTask(5, review());
        PlanTask third = plan.addTask(3, review());

        assertThat(plan.nextTaskNumber()).isEqualTo(6);
        assertThat(plan.tasks()).extracting(PlanTask::number).containsExactly(1, 3, 5);
        assertThat(plan.task(3)).containsSame(third);
        assertThat(plan.task(2)).isEmpty();
    }

    @Test
    void shouldRejectATakenOrImpossibleNumber() {
        plan.addTask(review());

        assertRejected(() -> plan.addTask(1, review()), "DUPLICATE_TASK");
        assertRejected(() -> plan.addTask(0, review()), "INVALID_TASK");
        assertThat(plan.tasks()).hasSize(1);
    }

    @Test
    void shouldRequireADescription() {
        assertRejected(() -> task("  ", office, null), "INVALID_TASK");
        assertRejected(() -> task(null, office, null), "INVALID_TASK");
    }

    @Test
    void shouldNameEachCoordinatingUnitOnceAndNeverTheLeadUnit() {
        assertRejected(() -> task("Rà soát", office, null, shop, shop), "INVALID_TASK");
        assertRejected(() -> task("Rà soát", office, null, shop, office), "INVALID_TASK");
        assertThat(task("Rà soát", null, null, office, shop).coordinatingUnits()).containsExactly(office, shop);
    }

    @Test
    void shouldRefuseADeadlineBeforeThePlanWasIssued() {
        assertRejected(() -> plan.addTask(task("Rà soát", office, ISSUED.minusDays(1))), "INVALID_DATE");
        assertThat(plan.addTask(task("Rà soát", office, ISSUED)).deadline()).contains(ISSUED);
    }

    @Test
    void shouldAcceptAnyDeadlineOfAnUndatedPlan() {
        Plan undated = new Plan(DocumentNumber.parse("56/SKHCN-VP"), null, department, null, 2024, PlanType.OTHER);

        assertThat(undated.addTask(task("Rà soát", office, LocalDate.of(2020, 1, 1))).deadline()).contains(LocalDate.of(2020, 1, 1));
    }

    @Test
    void shouldRefuseAUnitThatClosedBeforeThePlanWasIssued() {
        Unit closedBefore = closedOn("NA-CU", ISSUED.minusDays(1));
        Unit closedAfter = closedOn("NA-SAU", ISSUED);

        assertRejected(() -> plan.addTask(task("Rà soát", closedBefore, null)), "UNIT_CLOSED");
        assertRejected(() -> plan.addTask(task("Rà soát", office, null, closedBefore)), "UNIT_CLOSED");
        assertThat(plan.addTask(task("Rà soát", closedAfter, null)).leadUnit()).contains(closedAfter);
    }

    @Test
    void shouldReviseWhatATaskAssignsAndKeepItsNumberAndProgress() {
        plan.addTask(review());
        plan.reportProgress(1, PlanTaskStatus.IN_PROGRESS, null, TODAY);

        PlanTask revised = plan.reviseTask(1, new TaskAssignment("Rà soát lại", ReformArea.E_GOVERNMENT, shop, List.of(office),
                null, null));

        assertThat(revised.number()).isEqualTo(1);
        assertThat(revised.status()).isEqualTo(PlanTaskStatus.IN_PROGRESS);
        assertThat(revised.description()).isEqualTo("Rà soát lại");
        assertThat(revised.area()).contains(ReformArea.E_GOVERNMENT);
        assertThat(revised.leadUnit()).contains(shop);
        assertThat(revised.coordinatingUnits()).containsExactly(office);
        assertThat(revised.deadline()).isEmpty();
        assertThat(revised.expectedOutput()).isEmpty();
        assertRejected(() -> plan.reviseTask(1, task("Rà soát", office, ISSUED.minusDays(1))), "INVALID_DATE");
        assertThat(plan.task(1).orElseThrow().description()).as("unchanged when refused").isEqualTo("Rà soát lại");
        assertRejected(() -> plan.reviseTask(2, review()), "NOT_FOUND");
    }

    @Test
    void shouldRecordProgressWithTheDayATaskWasDone() {
        plan.addTask(review());

        assertThat(plan.reportProgress(1, PlanTaskStatus.IN_PROGRESS, null, TODAY).status()).isEqualTo(PlanTaskStatus.IN_PROGRESS);
        PlanTask done = plan.reportProgress(1, PlanTaskStatus.DONE, TODAY, TODAY);
        assertThat(done.status()).isEqualTo(PlanTaskStatus.DONE);
        assertThat(done.completedOn()).contains(TODAY);
        PlanTask reopened = plan.reportProgress(1, PlanTaskStatus.IN_PROGRESS, null, TODAY);
        assertThat(reopened.completedOn()).isEmpty();
        assertRejected(() -> plan.reportProgress(7, PlanTaskStatus.DONE, TODAY, TODAY), "NOT_FOUND");
    }

    @Test
    void shouldRequireTheDayOfCompletionExactlyWhenDone() {
        plan.addTask(review());

        assertRejected(() -> plan.reportProgress(1, PlanTaskStatus.DONE, null, TODAY), "REQUIRED");
        assertRejected(() -> plan.reportProgress(1, PlanTaskStatus.IN_PROGRESS, TODAY, TODAY), "INVALID_TASK");
        assertRejected(() -> plan.reportProgress(1, null, null, TODAY), "INVALID_TASK");
        assertThat(plan.task(1).orElseThrow().status()).isEqualTo(PlanTaskStatus.NOT_STARTED);
    }

    @Test
    void shouldRefuseACompletionBeforeThePlanOrAfterToday() {
        plan.addTask(review());

        assertRejected(() -> plan.reportProgress(1, PlanTaskStatus.DONE, ISSUED.minusDays(1), TODAY), "INVALID_DATE");
        assertRejected(() -> plan.reportProgress(1, PlanTaskStatus.DONE, TODAY.plusDays(1), TODAY), "INVALID_DATE");
        assertThat(plan.reportProgress(1, PlanTaskStatus.DONE, ISSUED, TODAY).completedOn()).contains(ISSUED);
    }

    @Test
    void shouldRemoveATaskAndKeepTheOtherNumbers() {
        plan.addTask(review());
        plan.addTask(review());
        plan.addTask(review());

        plan.removeTask(2);

        assertThat(plan.tasks()).extracting(PlanTask::number).containsExactly(1, 3);
        assertThat(plan.nextTaskNumber()).isEqualTo(4);
        assertRejected(() -> plan.removeTask(2), "NOT_FOUND");
    }

    @Test
    void shouldBeOverdueWhenNotDoneAfterItsDeadline() {
        LocalDate deadline = LocalDate.of(2024, 6, 30);
        PlanTask task = plan.addTask(task("Rà soát", office, deadline));
        PlanTask standing = plan.addTask(task("Tuyên truyền", office, null));

        assertThat(task.isOverdueOn(deadline)).isFalse();
        assertThat(task.isOverdueOn(deadline.plusDays(1))).isTrue();
        plan.reportProgress(1, PlanTaskStatus.IN_PROGRESS, null, TODAY);
        assertThat(task.isOverdueOn(deadline.plusDays(1))).isTrue();
        plan.reportProgress(1, PlanTaskStatus.DONE, TODAY, TODAY);
        assertThat(task.isOverdueOn(deadline.plusDays(1))).as("done, late or not").isFalse();
        assertThat(standing.isOverdueOn(LocalDate.of(2030, 1, 1))).as("standing work has no deadline").isFalse();
    }

    @Test
    void shouldKeepEveryTaskInsideThePlanWhenThePlanIsRedated() {
        plan.addTask(task("Rà soát", office, LocalDate.of(2024, 3, 31)));

        assertRejected(() -> plan.correct(plan.number(), DocumentKind.PLAN, LocalDate.of(2024, 4, 1), department, null, null),
                "INVALID_DATE");
        assertThat(plan.issuedOn()).contains(ISSUED);
        plan.correct(plan.number(), DocumentKind.PLAN, LocalDate.of(2024, 3, 31), department, null, null);
        assertThat(plan.issuedOn()).contains(LocalDate.of(2024, 3, 31));
        plan.correct(plan.number(), DocumentKind.PLAN, null, department, null, null);
        assertThat(plan.issuedOn()).isEmpty();
    }

    @Test
    void shouldKeepCompletionsAndUnitsInsideThePlanWhenThePlanIsRedated() {
        plan.addTask(task("Rà soát", closedOn("NA-CU", LocalDate.of(2024, 2, 29)), null));
        plan.addTask(task("Tuyên truyền", office, null));
        plan.reportProgress(2, PlanTaskStatus.DONE, LocalDate.of(2024, 2, 1), TODAY);

        assertRejected(() -> plan.requireTasksFit(LocalDate.of(2024, 2, 2)), "INVALID_DATE");
        assertRejected(() -> plan.requireTasksFit(LocalDate.of(2024, 3, 1)), "UNIT_CLOSED");
        plan.requireTasksFit(LocalDate.of(2024, 2, 1));
        plan.requireTasksFit(null);
    }
}

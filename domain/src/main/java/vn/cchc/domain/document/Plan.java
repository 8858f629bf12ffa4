package vn.cchc.domain.document;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.unit.Unit;

/**
 * A plan (kế hoạch): a document for one year, of a type (CCHC plan, procedure-control plan, ...), with its numbered
 * tasks (nhiệm vụ). The plan keeps the tasks' rules: numbers unique in the plan, no deadline or completion before the
 * plan was issued, no task for a unit closed by then; re-dating the plan must keep them.
 */
@Entity
@DiscriminatorValue("PLAN")
public class Plan extends Document {

    @Column(name = "PLAN_YEAR")
    private Integer planYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "PLAN_TYPE", length = 24)
    private PlanType planType;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<PlanTask> tasks = new ArrayList<>();

    protected Plan() {
        // for JPA
    }

    public Plan(DocumentNumber number, LocalDate issuedOn, Unit issuer, String subject, int planYear, PlanType planType) {
        super(number, DocumentKind.PLAN, issuedOn, issuer, subject);
        schedule(planYear, planType);
    }

    /** Sets the year the plan is for and what it is for. */
    public void schedule(int planYear, PlanType planType) {
        DomainException.require(planYear >= Period.FIRST_YEAR && planYear <= Period.LAST_YEAR, "INVALID_DOCUMENT",
                "plan " + number() + " has an impossible year " + planYear, "plan.year", planYear, Period.FIRST_YEAR, Period.LAST_YEAR);
        DomainException.require(planType != null, "INVALID_DOCUMENT", "plan " + number() + " needs a plan type",
                "required", "planType");
        this.planYear = planYear;
        this.planType = planType;
    }

    /** Corrects the plan as a document; a new issue date must keep every task inside the plan. */
    @Override
    public void correct(DocumentNumber newNumber, DocumentKind newKind, LocalDate newIssuedOn, Unit newIssuer, Unit newDrafter,
                        String newSubject) {
        requireTasksFit(newIssuedOn);
        super.correct(newNumber, newKind, newIssuedOn, newIssuer, newDrafter, newSubject);
    }

    /** Fails unless every task would still fit the plan if it were issued on {@code issuedOn} (null: undated). */
    public void requireTasksFit(LocalDate issuedOn) {
        for (PlanTask task : tasks) {
            requireFits(issuedOn, task.deadline().orElse(null), task.leadUnit().orElse(null), task.coordinatingUnits());
            task.completedOn().ifPresent(day -> PlanTask.requireCompletedNotBeforePlan(day, issuedOn));
        }
    }

    /** The number a task added without one gets: one more than the highest, 1 for the first. */
    public int nextTaskNumber() {
        return tasks.stream().mapToInt(PlanTask::number).max().orElse(0) + 1;
    }

    /** Adds a task numbered after the others. */
    public PlanTask addTask(TaskAssignment assignment) {
        return addTask(nextTaskNumber(), assignment);
    }

    /** Adds a task with its number in the plan (số thứ tự); it starts NOT_STARTED. */
    public PlanTask addTask(int number, TaskAssignment assignment) {
        requireNewTaskNumber(number);
        requireFits(assignment);
        PlanTask task = new PlanTask(this, number, assignment);
        int at = 0;
        while (at < tasks.size() && tasks.get(at).number() < number) {
            at++;
        }
        tasks.add(at, task);
        return task;
    }

    /** Changes what a task assigns; its number and progress stay. */
    public PlanTask reviseTask(int number, TaskAssignment assignment) {
        PlanTask task = requireTask(number);
        requireFits(assignment);
        task.assign(assignment);
        return task;
    }

    /** Records how far a task got, as of {@code today}: see {@link PlanTask#requireProgress}. */
    public PlanTask reportProgress(int number, PlanTaskStatus status, LocalDate completedOn, LocalDate today) {
        PlanTask task = requireTask(number);
        PlanTask.requireProgress(status, completedOn, issuedOn().orElse(null), today);
        task.progress(status, completedOn);
        return task;
    }

    /** Removes a task; the numbers of the others stay as they are. */
    public void removeTask(int number) {
        tasks.remove(requireTask(number));
    }

    /** Fails unless a new task can take this number: from 1, and not taken in this plan. */
    public void requireNewTaskNumber(int number) {
        DomainException.require(number >= 1, "INVALID_TASK", "tasks are numbered from 1, not " + number, "task.number", number);
        DomainException.require(task(number).isEmpty(), "DUPLICATE_TASK", "plan " + number() + " already has a task " + number,
                "task.duplicate", number, number());
    }

    /** The task with this number; fails with NOT_FOUND when the plan has none. */
    public PlanTask requireTask(int number) {
        return task(number).orElseThrow(() -> new DomainException("NOT_FOUND", "plan " + number() + " has no task " + number,
                "task.unknown", number, number()));
    }

    private void requireFits(TaskAssignment assignment) {
        requireFits(issuedOn().orElse(null), assignment.deadline(), assignment.leadUnit(), assignment.coordinatingUnits());
    }

    private static void requireFits(LocalDate issuedOn, LocalDate deadline, Unit leadUnit, List<Unit> coordinatingUnits) {
        PlanTask.requireDeadline(deadline, issuedOn);
        if (leadUnit != null) {
            PlanTask.requireOpenUnit(leadUnit, issuedOn);
        }
        coordinatingUnits.forEach(unit -> PlanTask.requireOpenUnit(unit, issuedOn));
    }

    public int planYear() {
        return planYear;
    }

    public PlanType planType() {
        return planType;
    }

    public Optional<PlanTask> task(int number) {
        return tasks.stream().filter(t -> t.number() == number).findFirst();
    }

    /** The tasks by number. */
    public List<PlanTask> tasks() {
        return Collections.unmodifiableList(tasks);
    }
}

package vn.cchc.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.shared.SearchText;
import vn.cchc.domain.unit.Unit;

/**
 * One task of a plan (nhiệm vụ của kế hoạch), a row of the plan's table: its number in the plan (số thứ tự, what
 * clients name it by), what it assigns ({@link TaskAssignment}) and how far it got. Owned and changed by its
 * {@link Plan}, which keeps the rules; the static rules here are the ones the plan and the service both apply.
 */
@Entity
@Table(name = "PLAN_TASK", uniqueConstraints = @UniqueConstraint(columnNames = {"PLAN_ID", "TASK_NUMBER"}))
public class PlanTask {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PLAN_ID")
    private Plan plan;

    @Column(name = "TASK_NUMBER", nullable = false)
    private int number;

    @Column(nullable = false, length = 2000)
    private String description;

    /** The description folded for text search, see {@link SearchText}. */
    @Column(name = "SEARCH_TEXT", length = 2000)
    private String searchText;

    @Enumerated(EnumType.STRING)
    @Column(name = "REFORM_AREA", length = 40)
    private ReformArea area;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "LEAD_UNIT_ID")
    private Unit leadUnit;

    @ManyToMany
    @JoinTable(name = "PLAN_TASK_COORDINATOR",
            joinColumns = @JoinColumn(name = "TASK_ID"), inverseJoinColumns = @JoinColumn(name = "UNIT_ID"))
    @OrderColumn(name = "POSITION")
    private List<Unit> coordinatingUnits = new ArrayList<>();

    private LocalDate deadline;

    @Column(name = "EXPECTED_OUTPUT", length = 1000)
    private String expectedOutput;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlanTaskStatus status;

    @Column(name = "COMPLETED_ON")
    private LocalDate completedOn;

    protected PlanTask() {
        // for JPA
    }

    PlanTask(Plan plan, int number, TaskAssignment assignment) {
        this.plan = plan;
        this.number = number;
        this.status = PlanTaskStatus.NOT_STARTED;
        assign(assignment);
    }

    /** What a task's description is searched by: also what the migrations fill in for tasks stored without it. */
    public static String searchTextOf(String description) {
        return SearchText.fold(description);
    }

    void assign(TaskAssignment assignment) {
        this.description = assignment.description();
        this.searchText = searchTextOf(assignment.description());
        this.area = assignment.area();
        this.leadUnit = assignment.leadUnit();
        // unchanged coordinators are not written again
        if (!coordinatingUnits.equals(assignment.coordinatingUnits())) {
            coordinatingUnits.clear();
            coordinatingUnits.addAll(assignment.coordinatingUnits());
        }
        this.deadline = assignment.deadline();
        this.expectedOutput = assignment.expectedOutput();
    }

    void progress(PlanTaskStatus newStatus, LocalDate newCompletedOn) {
        this.status = newStatus;
        this.completedOn = newCompletedOn;
    }

    /**
     * Fails unless the deadline is not before the day the plan was issued: a plan assigns no task already due. An
     * undated plan (or task) has no such bound: a date is never guessed.
     */
    public static void requireDeadline(LocalDate deadline, LocalDate planIssuedOn) {
        requireNotBeforePlan(deadline, planIssuedOn, "the deadline", "task.deadlineBeforePlan");
    }

    /** Fails unless the unit had not closed before the plan was issued: a plan gives work to units that exist. */
    public static void requireOpenUnit(Unit unit, LocalDate planIssuedOn) {
        DomainException.require(planIssuedOn == null || unit.validTo() == null || !unit.validTo().isBefore(planIssuedOn),
                "UNIT_CLOSED", unit.code() + " closed on " + unit.validTo() + ", before the plan was issued on " + planIssuedOn,
                "task.unitClosed", unit.code(), unit.validTo(), planIssuedOn);
    }

    /**
     * Fails unless the status and the day of completion agree: a done task has the day it was done, not before the
     * plan was issued nor after {@code today}; a task not done has none.
     */
    public static void requireProgress(PlanTaskStatus status, LocalDate completedOn, LocalDate planIssuedOn, LocalDate today) {
        DomainException.require(status != null, "INVALID_TASK", "a task's status is required", "required", "status");
        if (status != PlanTaskStatus.DONE) {
            DomainException.require(completedOn == null, "INVALID_TASK", "a task " + status + " has no day of completion",
                    "task.completedOnForbidden", status);
            return;
        }
        DomainException.require(completedOn != null, "REQUIRED", "a done task needs the day it was completed",
                "task.completedOnRequired");
        requireCompletedNotBeforePlan(completedOn, planIssuedOn);
        DomainException.require(!completedOn.isAfter(today), "INVALID_DATE", "a task cannot be completed on " + completedOn
                + ", after today " + today, "task.completedInFuture", completedOn, today);
    }

    static void requireCompletedNotBeforePlan(LocalDate completedOn, LocalDate planIssuedOn) {
        requireNotBeforePlan(completedOn, planIssuedOn, "the day of completion", "task.completedBeforePlan");
    }

    private static void requireNotBeforePlan(LocalDate day, LocalDate planIssuedOn, String what, String key) {
        DomainException.require(day == null || planIssuedOn == null || !day.isBefore(planIssuedOn), "INVALID_DATE",
                what + " " + day + " is before the plan was issued on " + planIssuedOn, key, day, planIssuedOn);
    }

    /** True when the task is not done and its deadline passed before {@code day} (quá hạn). */
    public boolean isOverdueOn(LocalDate day) {
        return status != PlanTaskStatus.DONE && deadline != null && deadline.isBefore(day);
    }

    public Plan plan() {
        return plan;
    }

    public int number() {
        return number;
    }

    public String description() {
        return description;
    }

    public Optional<ReformArea> area() {
        return Optional.ofNullable(area);
    }

    public Optional<Unit> leadUnit() {
        return Optional.ofNullable(leadUnit);
    }

    public List<Unit> coordinatingUnits() {
        return Collections.unmodifiableList(coordinatingUnits);
    }

    public Optional<LocalDate> deadline() {
        return Optional.ofNullable(deadline);
    }

    public Optional<String> expectedOutput() {
        return Optional.ofNullable(expectedOutput);
    }

    public PlanTaskStatus status() {
        return status;
    }

    /** The day it was done; empty unless it is DONE. */
    public Optional<LocalDate> completedOn() {
        return Optional.ofNullable(completedOn);
    }

    @Override
    public String toString() {
        return "task " + number + " of " + plan;
    }
}

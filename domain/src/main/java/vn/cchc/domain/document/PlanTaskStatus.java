package vn.cchc.domain.document;

/**
 * How far a task of a plan got (tiến độ thực hiện nhiệm vụ), as the unit reports it. Whether a task is overdue is
 * not stored: it follows from its deadline and the day it is asked on ({@link PlanTask#isOverdueOn}).
 */
public enum PlanTaskStatus {
    /** chưa triển khai */
    NOT_STARTED,
    /** đang triển khai */
    IN_PROGRESS,
    /** đã hoàn thành, with the day it was completed */
    DONE
}

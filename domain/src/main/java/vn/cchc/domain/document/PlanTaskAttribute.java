package vn.cchc.domain.document;

import java.time.LocalDate;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.unit.Unit;

/**
 * What conditions on the tasks of plans (nhiệm vụ) can name and their lists can be ordered by. Whether a task is overdue
 * is no attribute: it depends on the day asked about, and is a condition on the status and the deadline.
 */
public enum PlanTaskAttribute implements Attribute {
    /** The plan the task belongs to, a document. */
    PLAN(Document.class, false),
    /** Its number in the plan (số thứ tự). */
    NUMBER(Integer.class, false),
    STATUS(PlanTaskStatus.class, false),
    AREA(ReformArea.class, true),
    /** The unit in charge (đơn vị chủ trì). */
    LEAD_UNIT(Unit.class, true),
    /** Missing for standing work (thường xuyên). */
    DEADLINE(LocalDate.class, true),
    /** Missing unless the task is done. */
    COMPLETED_ON(LocalDate.class, true);

    private final Class<?> type;
    private final boolean nullable;

    PlanTaskAttribute(Class<?> type, boolean nullable) {
        this.type = type;
        this.nullable = nullable;
    }

    @Override
    public Class<?> type() {
        return type;
    }

    @Override
    public boolean nullable() {
        return nullable;
    }
}

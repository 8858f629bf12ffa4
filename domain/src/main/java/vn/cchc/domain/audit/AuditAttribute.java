package vn.cchc.domain.audit;

import java.time.LocalDate;
import vn.cchc.domain.period.PeriodType;
import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.unit.Unit;

/** What conditions on audit entries can name. */
public enum AuditAttribute implements Attribute {
    /** The day (UTC) the change was recorded. */
    RECORDED_ON(LocalDate.class, false),
    ACTOR(String.class, false),
    ACTION(String.class, false),
    ENTITY_TYPE(String.class, false),
    ENTITY_ID(Long.class, false),
    /** The unit the changed entity belongs to. */
    UNIT(Unit.class, true),
    PERIOD_YEAR(Integer.class, true),
    PERIOD_TYPE(PeriodType.class, true),
    PERIOD_NUMBER(Integer.class, true);

    private final Class<?> type;
    private final boolean nullable;

    AuditAttribute(Class<?> type, boolean nullable) {
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

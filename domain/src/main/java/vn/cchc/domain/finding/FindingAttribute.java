package vn.cchc.domain.finding;

import java.time.LocalDateTime;
import vn.cchc.domain.period.PeriodType;
import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.unit.Unit;

/** What conditions on findings can name and their lists can be ordered by. */
public enum FindingAttribute implements Attribute {
    RULE(String.class, false),
    SEVERITY(Severity.class, false),
    STATUS(FindingStatus.class, false),
    UNIT(Unit.class, false),
    PERIOD_YEAR(Integer.class, false),
    PERIOD_TYPE(PeriodType.class, false),
    PERIOD_NUMBER(Integer.class, false),
    DETECTED_AT(LocalDateTime.class, false),
    STATUS_CHANGED_AT(LocalDateTime.class, false);

    private final Class<?> type;
    private final boolean nullable;

    FindingAttribute(Class<?> type, boolean nullable) {
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

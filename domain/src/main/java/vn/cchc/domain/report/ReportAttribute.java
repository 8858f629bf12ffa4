package vn.cchc.domain.report;

import java.time.LocalDate;
import vn.cchc.domain.period.PeriodType;
import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.unit.Unit;

/** What conditions and orders of reports can name. */
public enum ReportAttribute implements Attribute {
    PERIOD_YEAR(Integer.class, false),
    PERIOD_TYPE(PeriodType.class, false),
    PERIOD_NUMBER(Integer.class, false),
    STATUS(ReportStatus.class, false),
    TITLE(String.class, false),
    ISSUED_ON(LocalDate.class, true),
    UNIT(Unit.class, false);

    private final Class<?> type;
    private final boolean nullable;

    ReportAttribute(Class<?> type, boolean nullable) {
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

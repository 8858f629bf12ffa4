package vn.cchc.domain.indicator;

import vn.cchc.domain.period.PeriodType;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.unit.Unit;

/** What conditions and orders of observations can name. */
public enum ObservationAttribute implements Attribute {
    PERIOD_YEAR(Integer.class, false),
    PERIOD_TYPE(PeriodType.class, false),
    PERIOD_NUMBER(Integer.class, false),
    SOURCE(ObservationSource.class, false),
    VALUE(Double.class, false),
    /** The breakdown members as one text; empty for a total. */
    BREAKDOWN_KEY(String.class, false),
    UNIT(Unit.class, false),
    INDICATOR(Indicator.class, false),
    REPORT(Report.class, true);

    private final Class<?> type;
    private final boolean nullable;

    ObservationAttribute(Class<?> type, boolean nullable) {
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

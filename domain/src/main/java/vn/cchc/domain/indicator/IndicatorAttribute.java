package vn.cchc.domain.indicator;

import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.shared.Attribute;

/** What conditions on indicators can name. */
public enum IndicatorAttribute implements Attribute {
    CODE(String.class, false),
    AREA(ReformArea.class, false),
    MEASURE(Measure.class, false);

    private final Class<?> type;
    private final boolean nullable;

    IndicatorAttribute(Class<?> type, boolean nullable) {
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

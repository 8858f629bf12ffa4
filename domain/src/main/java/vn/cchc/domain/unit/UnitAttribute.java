package vn.cchc.domain.unit;

import java.time.LocalDate;
import vn.cchc.domain.shared.Attribute;

/** What conditions and orders of units can name; {@link vn.cchc.domain.shared.Condition.WithinSubtree} tests the tree. */
public enum UnitAttribute implements Attribute {
    CODE(String.class, false),
    NAME(String.class, false),
    SHORT_NAME(String.class, true),
    KIND(UnitKind.class, false),
    AUTONOMY_REGIME(AutonomyRegime.class, true),
    VALID_FROM(LocalDate.class, true),
    VALID_TO(LocalDate.class, true),
    GENERATED(Boolean.class, false),
    /** The unit directly above; the root has none. */
    PARENT(Unit.class, true);

    private final Class<?> type;
    private final boolean nullable;

    UnitAttribute(Class<?> type, boolean nullable) {
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

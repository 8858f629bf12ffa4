package vn.cchc.domain.procedure;

import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.unit.Unit;

/** What conditions and orders of administrative procedures can name. */
public enum ProcedureAttribute implements Attribute {
    CODE(String.class, false),
    NATIONAL_CODE(String.class, true),
    NAME(String.class, false),
    ONLINE_SERVICE(OnlineService.class, true),
    LEGACY_ONLINE_LEVEL(Integer.class, true),
    PUBLICISED(Boolean.class, false),
    FIELD(ProcedureField.class, false),
    COMPETENT_UNIT(Unit.class, false);

    private final Class<?> type;
    private final boolean nullable;

    ProcedureAttribute(Class<?> type, boolean nullable) {
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

package vn.cchc.domain.procedure;

import vn.cchc.domain.shared.Attribute;

/** What conditions on procedure fields can name. */
public enum ProcedureFieldAttribute implements Attribute {
    CODE(String.class, false),
    NAME(String.class, false);

    private final Class<?> type;
    private final boolean nullable;

    ProcedureFieldAttribute(Class<?> type, boolean nullable) {
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

package vn.cchc.domain.document;

import java.time.LocalDate;
import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.unit.Unit;

/** What conditions and orders of documents can name. */
public enum DocumentAttribute implements Attribute {
    /** The printed number, e.g. 56/SKHCN-VP. */
    NUMBER(String.class, false),
    KIND(DocumentKind.class, false),
    ISSUED_ON(LocalDate.class, true),
    SUBJECT(String.class, true),
    ISSUER(Unit.class, false),
    /** The unit that drafted the document for another body to issue. */
    DRAFTER(Unit.class, true);

    private final Class<?> type;
    private final boolean nullable;

    DocumentAttribute(Class<?> type, boolean nullable) {
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

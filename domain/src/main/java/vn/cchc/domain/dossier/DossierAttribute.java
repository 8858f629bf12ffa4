package vn.cchc.domain.dossier;

import java.time.LocalDate;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.unit.Unit;

/** What conditions and orders of dossiers can name. */
public enum DossierAttribute implements Attribute {
    CODE(String.class, false),
    RECEIVED_ON(LocalDate.class, false),
    DUE_ON(LocalDate.class, false),
    CLOSED_ON(LocalDate.class, true),
    STATUS(DossierStatus.class, false),
    CHANNEL(DossierChannel.class, false),
    KIND(DossierKind.class, false),
    UNIT(Unit.class, false),
    PROCEDURE(AdministrativeProcedure.class, false);

    private final Class<?> type;
    private final boolean nullable;

    DossierAttribute(Class<?> type, boolean nullable) {
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

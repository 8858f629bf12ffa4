package vn.cchc.domain.dossier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What is stored of a dossier, read as plain values: an import compares each row with it to skip what is unchanged
 * without loading a hundred thousand entities.
 */
public record StoredDossier(long id, String code, long unitId, long procedureId, LocalDate receivedOn, LocalDate dueOn,
                            LocalDate closedOn, DossierChannel channel, DossierKind kind, DossierStatus status) {

    /** True when the dossier says exactly what is stored. */
    public boolean sameAs(Dossier dossier) {
        return code.equals(dossier.code()) && unitId == dossier.unit().id() && procedureId == dossier.procedure().id()
                && receivedOn.equals(dossier.receivedOn()) && dueOn.equals(dossier.dueOn())
                && Objects.equals(closedOn, dossier.closedOn().orElse(null))
                && channel == dossier.channel() && kind == dossier.kind() && status == dossier.status();
    }
}

package vn.cchc.domain.dossier;

import java.time.LocalDate;

/**
 * Which dossiers to list; every null field means "any".
 *
 * @param unitCode      received by this unit
 * @param procedureCode for this procedure
 * @param receivedFrom  received on or after this day
 * @param receivedTo    received on or before this day
 */
public record DossierCriteria(String unitCode, String procedureCode, DossierStatus status, DossierChannel channel,
                              DossierKind kind, LocalDate receivedFrom, LocalDate receivedTo) {

    public static DossierCriteria any() {
        return new DossierCriteria(null, null, null, null, null, null, null);
    }

    public DossierCriteria withUnit(String code) {
        return new DossierCriteria(code, procedureCode, status, channel, kind, receivedFrom, receivedTo);
    }

    public DossierCriteria withProcedure(String code) {
        return new DossierCriteria(unitCode, code, status, channel, kind, receivedFrom, receivedTo);
    }
}

package vn.cchc.domain.document;

import java.time.LocalDate;
import vn.cchc.domain.unit.UnitScope;

/**
 * Which documents to list; every null field means "any".
 *
 * @param issuedFrom issued on or after this day (documents without a date never match a date range)
 * @param issuedTo   issued on or before this day
 * @param issuers    issued by units in this scope
 * @param search   words the {@link vn.cchc.domain.shared.SearchText folded} number or subject must contain, in any case and with
 *                    or without diacritics
 */
public record DocumentCriteria(DocumentKind kind, String issuerCode, String drafterCode,
                               LocalDate issuedFrom, LocalDate issuedTo, String search, UnitScope issuers) {

    public static DocumentCriteria any() {
        return new DocumentCriteria(null, null, null, null, null, null, UnitScope.any());
    }
}

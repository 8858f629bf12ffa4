package vn.cchc.domain.document;

import java.time.LocalDate;

/**
 * Which documents to list; every null field means "any".
 *
 * @param issuedFrom issued on or after this day (documents without a date never match a date range)
 * @param issuedTo   issued on or before this day
 */
public record DocumentCriteria(DocumentKind kind, String issuerCode, String drafterCode,
                               LocalDate issuedFrom, LocalDate issuedTo) {

    public static DocumentCriteria any() {
        return new DocumentCriteria(null, null, null, null, null);
    }
}

package vn.cchc.domain.unit;

/**
 * Which units to list; every null field means "any".
 *
 * @param parentCode  direct children of this unit
 * @param withinCode  this unit and everything below it
 * @param kind        units of this kind
 * @param openOn      units open on this day
 * @param search      words the {@link vn.cchc.domain.shared.SearchText folded} code or names must contain, in any case and with
 *                    or without diacritics
 */
public record UnitCriteria(String parentCode, String withinCode, UnitKind kind, java.time.LocalDate openOn, String search) {

    public static UnitCriteria any() {
        return new UnitCriteria(null, null, null, null, null);
    }
}

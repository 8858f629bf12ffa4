package vn.cchc.domain.statistics;

import java.util.Set;
import vn.cchc.domain.unit.UnitKind;

/**
 * A set of units that statistics are given for: by codes, as the children of a unit, as a subtree, by kind, or
 * any combination (a unit must then match every part given). Every null part means "any"; unknown codes select
 * nothing.
 *
 * @param codes      units with these codes
 * @param parentCode units directly below this one
 * @param withinCode this unit and every unit below it
 * @param kind       units of this kind, e.g. the departments
 */
public record UnitSelection(Set<String> codes, String parentCode, String withinCode, UnitKind kind) {

    public UnitSelection {
        codes = codes == null ? null : Set.copyOf(codes);
    }

    public static UnitSelection all() {
        return new UnitSelection(null, null, null, null);
    }

    public static UnitSelection codes(String... codes) {
        return new UnitSelection(Set.of(codes), null, null, null);
    }

    public static UnitSelection childrenOf(String parentCode) {
        return new UnitSelection(null, parentCode, null, null);
    }

    public static UnitSelection within(String withinCode) {
        return new UnitSelection(null, null, withinCode, null);
    }

    public static UnitSelection ofKind(UnitKind kind) {
        return new UnitSelection(null, null, null, kind);
    }
}

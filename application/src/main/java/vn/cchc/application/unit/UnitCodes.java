package vn.cchc.application.unit;

import java.util.Optional;
import vn.cchc.domain.shared.Violations;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitRepository;

/** A unit an input names by its code, as every service reads it: blank names none, an unknown code is a broken rule. */
public final class UnitCodes {

    private UnitCodes() {
    }

    /** The unit with the code; empty for a blank code or an unknown one. */
    public static Optional<Unit> find(UnitRepository units, String code) {
        return code == null || code.isBlank() ? Optional.empty() : units.findByCode(code.strip());
    }

    /** Records UNKNOWN_UNIT at {@code field} when a code was given and names no unit. */
    public static void requireKnown(Violations violations, String field, String code, Optional<Unit> unit) {
        violations.require(code == null || code.isBlank() || unit.isPresent(), field, "UNKNOWN_UNIT",
                "no unit has the code " + code, "unit.unknown", code);
    }
}

package vn.cchc.domain.statistics;

import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.DossierKind;

/**
 * Which dossiers statistics count; every null field means "any".
 *
 * @param withinCode    dossiers received by this unit or any unit below it
 * @param fieldCode     dossiers for procedures of this field
 * @param procedureCode dossiers for this procedure
 * @param subtrees      with {@link DossierDimension#UNIT_SUBTREE}, the units to roll up into (null: every unit);
 *                      units outside {@code withinCode} are left out, as their totals would be partial
 */
public record DossierStatisticsCriteria(String withinCode, String fieldCode, String procedureCode,
                                        DossierChannel channel, DossierKind kind, UnitSelection subtrees) {

    public static DossierStatisticsCriteria any() {
        return new DossierStatisticsCriteria(null, null, null, null, null, null);
    }

    public DossierStatisticsCriteria withSubtrees(UnitSelection selection) {
        return new DossierStatisticsCriteria(withinCode, fieldCode, procedureCode, channel, kind, selection);
    }

    public DossierStatisticsCriteria withinUnit(String code) {
        return new DossierStatisticsCriteria(code, fieldCode, procedureCode, channel, kind, subtrees);
    }
}

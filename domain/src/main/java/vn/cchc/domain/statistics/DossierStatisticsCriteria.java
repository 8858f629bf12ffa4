package vn.cchc.domain.statistics;

import java.util.Objects;
import vn.cchc.domain.shared.Condition;

/**
 * Which dossiers statistics count and which units they roll up into.
 *
 * @param dossiers a condition on dossiers ({@link vn.cchc.domain.dossier.DossierAttribute}): only those matching count
 * @param subtrees with {@link DossierDimension#UNIT_SUBTREE}, a condition on units
 *                 ({@link vn.cchc.domain.unit.UnitAttribute}) naming the units whose subtrees to roll up into
 */
public record DossierStatisticsCriteria(Condition dossiers, Condition subtrees) {

    public DossierStatisticsCriteria {
        Objects.requireNonNull(dossiers, "dossiers");
        Objects.requireNonNull(subtrees, "subtrees");
    }

    public static DossierStatisticsCriteria any() {
        return new DossierStatisticsCriteria(Condition.TRUE, Condition.TRUE);
    }

    public DossierStatisticsCriteria withSubtrees(Condition units) {
        return new DossierStatisticsCriteria(dossiers, units);
    }

    public DossierStatisticsCriteria withDossiers(Condition condition) {
        return new DossierStatisticsCriteria(condition, subtrees);
    }
}

package vn.cchc.domain.statistics;

import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.DossierKind;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.ProcedureField;
import vn.cchc.domain.unit.Unit;

/**
 * The measures of one group of dossiers in one period. The group is given by the dimensions the statistics were
 * grouped by; the others are null.
 *
 * @param unit    with {@link DossierDimension#UNIT}: the receiving unit
 * @param subtree with {@link DossierDimension#UNIT_SUBTREE}: the unit whose subtree received the dossiers
 */
public record DossierStatistics(Period period, Unit unit, Unit subtree, ProcedureField field,
                                AdministrativeProcedure procedure, DossierChannel channel, DossierKind kind,
                                DossierCounts counts) {
}

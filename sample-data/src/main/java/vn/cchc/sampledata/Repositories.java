package vn.cchc.sampledata;

import vn.cchc.domain.document.DocumentRepository;
import vn.cchc.domain.dossier.DossierRepository;
import vn.cchc.domain.indicator.IndicatorRepository;
import vn.cchc.domain.indicator.ObservationRepository;
import vn.cchc.domain.procedure.ProcedureRepository;
import vn.cchc.domain.report.ReportRepository;
import vn.cchc.domain.statistics.DossierSummary;
import vn.cchc.domain.unit.UnitRepository;

/** The domain's repositories the sample and the demo province are stored through, all in the caller's transaction. */
public record Repositories(UnitRepository units, DocumentRepository documents, ProcedureRepository procedures,
                           IndicatorRepository indicators, ObservationRepository observations, ReportRepository reports,
                           DossierRepository dossiers, DossierSummary dossierSummary) {
}

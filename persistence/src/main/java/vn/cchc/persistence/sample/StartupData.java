package vn.cchc.persistence.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cchc.domain.document.DocumentRepository;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.IndicatorRepository;
import vn.cchc.domain.indicator.ObservationRepository;
import vn.cchc.domain.indicator.StandardIndicators;
import vn.cchc.domain.procedure.ProcedureRepository;
import vn.cchc.domain.report.ReportRepository;
import vn.cchc.domain.unit.UnitRepository;

/**
 * At start-up, in one transaction: adds the standard indicators that are missing, then the Nghệ An sample
 * when {@code cchc.sample-data.enabled} is true and it is not there yet. Running it again changes nothing.
 */
@ApplicationScoped
public class StartupData {

    private static final Logger LOG = Logger.getLogger(StartupData.class.getName());

    @Inject
    @ConfigProperty(name = "cchc.sample-data.enabled", defaultValue = "true")
    boolean sampleDataEnabled;

    @Inject
    UnitRepository units;
    @Inject
    DocumentRepository documents;
    @Inject
    ProcedureRepository procedures;
    @Inject
    IndicatorRepository indicators;
    @Inject
    ObservationRepository observations;
    @Inject
    ReportRepository reports;

    @Transactional
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        for (Indicator indicator : StandardIndicators.all()) {
            if (indicators.findByCode(indicator.code()).isEmpty()) {
                indicators.add(indicator);
            }
        }
        NgheAnSample sample = new NgheAnSample(units, documents, procedures, indicators, observations, reports);
        if (sampleDataEnabled && !sample.isLoaded()) {
            sample.load();
            LOG.info("Loaded the sample data: Q1 2022 CCHC report of Sở Khoa học và Công nghệ tỉnh Nghệ An");
        }
    }
}

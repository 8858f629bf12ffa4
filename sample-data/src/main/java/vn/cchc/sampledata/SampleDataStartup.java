package vn.cchc.sampledata;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Status;
import jakarta.transaction.Transactional;
import jakarta.transaction.UserTransaction;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cchc.domain.document.DocumentRepository;
import vn.cchc.domain.dossier.DossierRepository;
import vn.cchc.domain.indicator.IndicatorRepository;
import vn.cchc.domain.indicator.ObservationRepository;
import vn.cchc.domain.procedure.ProcedureRepository;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.report.ReportRepository;
import vn.cchc.domain.shared.DataLoaded;
import vn.cchc.domain.shared.DataVersion;
import vn.cchc.domain.statistics.DossierSummary;
import vn.cchc.domain.unit.UnitRepository;
import vn.cchc.sampledata.demo.DemoProvince;
import vn.cchc.sampledata.sample.NgheAnSample;

/**
 * At start-up, between the server's own start-up data (persistence's {@code StartupData}: the standard indicators
 * first, at the default priority, which both loads need; the dossier summary of an older database last, at
 * {@code APPLICATION + 700}): the Nghệ An sample when {@code cchc.sample-data.enabled} is true and it is not there
 * yet, in a transaction of its own; then the demo province with {@code cchc.demo-data.dossiers} dossiers when
 * {@code cchc.demo-data.enabled} is true and it is not there yet, in a long transaction that fails as a whole (it
 * refreshes the dossier summary itself). Running it again changes nothing. Each load is announced ({@link DataLoaded}) in
 * its transaction: the data-quality rules run on it as they would have on its reports as they were sent.
 */
@ApplicationScoped
public class SampleDataStartup {

    private static final Logger LOG = Logger.getLogger(SampleDataStartup.class.getName());
    /** Loading a million dossiers outlasts the server's default transaction timeout of two minutes. */
    private static final int LONG_TRANSACTION_TIMEOUT_SECONDS = 3_600;

    @Inject
    @ConfigProperty(name = "cchc.sample-data.enabled", defaultValue = "true")
    boolean sampleDataEnabled;

    @Inject
    @ConfigProperty(name = "cchc.demo-data.enabled", defaultValue = "false")
    boolean demoDataEnabled;

    @Inject
    @ConfigProperty(name = "cchc.demo-data.dossiers", defaultValue = "" + DemoProvince.DEFAULT_DOSSIERS)
    int demoDossiers;

    @Resource
    UserTransaction transaction;

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
    @Inject
    DossierRepository dossiers;
    @Inject
    DossierSummary summary;
    /** What a server loads is a change like any other to the servers already answering from the same database. */
    @Inject
    DataVersion version;
    @Inject
    Event<DataLoaded> loaded;

    private Repositories repositories() {
        return new Repositories(units, documents, procedures, indicators, observations, reports, dossiers, summary);
    }

    @Transactional
    void onStartLoadSample(@Observes @Priority(Interceptor.Priority.APPLICATION + 550) @Initialized(ApplicationScoped.class)
                           Object event) {
        NgheAnSample sample = new NgheAnSample(repositories());
        if (sampleDataEnabled && !sample.isLoaded()) {
            sample.load();
            loaded.fire(new DataLoaded("NA-SKHCN", Period.quarter(2022, 1), Period.quarter(2022, 1)));
            version.advance();
            LOG.info("Loaded the sample data: Q1 2022 CCHC report of Sở Khoa học và Công nghệ tỉnh Nghệ An");
        }
    }

    void onStartLoadDemo(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) @Initialized(ApplicationScoped.class)
                         Object event) {
        if (!demoDataEnabled) {
            return;
        }
        inLongTransaction(() -> {
            if (DemoProvince.isLoaded(units)) {
                LOG.info("The demo province " + DemoProvince.PROVINCE + " is already loaded; it is not loaded again");
                return;
            }
            LOG.info("Loading the demo province " + DemoProvince.PROVINCE + " (generated data) with " + demoDossiers + " dossiers");
            long start = System.nanoTime();
            DemoProvince.Counts counts = new DemoProvince(DemoProvince.SEED, demoDossiers).load(repositories());
            loaded.fire(new DataLoaded(DemoProvince.PROVINCE, DemoProvince.FIRST_QUARTER, DemoProvince.LAST_QUARTER));
            version.advance();
            LOG.info(String.format(Locale.ROOT, "Loaded the demo province %s in %.1f s: %d units, %d procedures, %d dossiers,"
                    + " %d reports, %d observations, %d plans with %d tasks", DemoProvince.PROVINCE, (System.nanoTime() - start) / 1e9,
                    counts.units(), counts.procedures(), counts.dossiers(), counts.reports(), counts.observations(), counts.plans(),
                    counts.planTasks()));
        });
    }

    private void inLongTransaction(Runnable work) {
        try {
            transaction.setTransactionTimeout(LONG_TRANSACTION_TIMEOUT_SECONDS);
            transaction.begin();
            work.run();
            transaction.commit();
        } catch (Exception e) {
            rollBack();
            throw new IllegalStateException("could not load the demo province; nothing of it was stored", e);
        } finally {
            resetTimeout();
        }
    }

    private void rollBack() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "could not roll back the demo province's transaction", e);
        }
    }

    private void resetTimeout() {
        try {
            transaction.setTransactionTimeout(0);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "could not reset the transaction timeout", e);
        }
    }
}

package vn.cchc.persistence.startup;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Status;
import jakarta.transaction.Transactional;
import jakarta.transaction.UserTransaction;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.IndicatorRepository;
import vn.cchc.domain.indicator.StandardIndicators;
import vn.cchc.domain.shared.DataVersion;
import vn.cchc.domain.statistics.DossierSummary;

/**
 * What every server needs at start-up: first, in one transaction, the standard indicators that are missing; last, in
 * a transaction of its own, the dossier summary of a database that had dossiers before the summary existed. In between
 * (priorities {@code APPLICATION + 550} and {@code + 600}) the sample-data module, when the WAR includes it, loads the
 * Nghệ An sample and the demo province. Running it again changes nothing.
 */
@ApplicationScoped
public class StartupData {

    private static final Logger LOG = Logger.getLogger(StartupData.class.getName());
    /** Summarising a million dossiers outlasts the server's default transaction timeout of two minutes. */
    private static final int LONG_TRANSACTION_TIMEOUT_SECONDS = 3_600;

    @Resource
    UserTransaction transaction;

    @Inject
    IndicatorRepository indicators;
    @Inject
    DossierSummary summary;
    @Inject
    DataVersion version;

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 500) @Initialized(ApplicationScoped.class) Object event) {
        for (Indicator indicator : StandardIndicators.all()) {
            if (indicators.findByCode(indicator.code()).isEmpty()) {
                indicators.add(indicator);
                version.advance(); // to the servers already answering from the same database
            }
        }
    }

    /** Runs after everything else loaded at start-up: summarises dossiers stored before the summary existed, once. */
    void onStartSummarise(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) @Initialized(ApplicationScoped.class)
                          Object event) {
        try {
            transaction.setTransactionTimeout(LONG_TRANSACTION_TIMEOUT_SECONDS);
            transaction.begin();
            summary.buildIfMissing();
            transaction.commit();
        } catch (Exception e) {
            rollBack();
            throw new IllegalStateException("could not build the dossier summary", e);
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
            LOG.log(Level.WARNING, "could not roll back the start-up transaction", e);
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

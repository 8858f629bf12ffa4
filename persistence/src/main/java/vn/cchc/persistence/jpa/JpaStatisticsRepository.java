package vn.cchc.persistence.jpa;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.ObservationSource;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.PeriodWindows;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.statistics.DossierRate;
import vn.cchc.domain.statistics.DossierStatistics;
import vn.cchc.domain.statistics.DossierStatisticsQuery;
import vn.cchc.domain.statistics.ObservationSeries;
import vn.cchc.domain.statistics.ObservationSeriesQuery;
import vn.cchc.domain.statistics.PeriodSeries;
import vn.cchc.domain.statistics.Ranking;
import vn.cchc.domain.statistics.RankingOrder;
import vn.cchc.domain.statistics.ReportedVersusComputed;
import vn.cchc.domain.statistics.StatisticsRepository;

/**
 * The statistics in three parts on one entity manager: the dossier statistics ({@link JpaDossierStatistics}), the
 * observation totals ({@link JpaObservationTotals}), and the rankings and comparisons by the dossiers of units'
 * subtrees ({@link JpaRankings}), which read the other two.
 */
@ApplicationScoped
public class JpaStatisticsRepository implements StatisticsRepository {

    @PersistenceContext(unitName = "cchc")
    private EntityManager em;

    private JpaDossierStatistics dossiers;
    private JpaObservationTotals observations;
    private JpaRankings rankings;

    protected JpaStatisticsRepository() {
        // for CDI, which injects the entity manager into the field, then calls assemble()
    }

    public JpaStatisticsRepository(EntityManager em) {
        this.em = em;
        assemble();
    }

    /** The parts and the repositories they read, all on the entity manager: built here only, the one time. */
    @PostConstruct
    private void assemble() {
        JpaUnitRepository units = new JpaUnitRepository(em);
        dossiers = new JpaDossierStatistics(em, units, new JpaDossierSummary(em));
        observations = new JpaObservationTotals(em, units);
        rankings = new JpaRankings(em, units, dossiers, observations);
    }

    @Override
    public List<DossierStatistics> dossierStatistics(DossierStatisticsQuery query) {
        return dossiers.statistics(query);
    }

    @Override
    public List<ObservationSeries> observationSeries(ObservationSeriesQuery query) {
        return observations.series(query);
    }

    @Override
    public Ranking rankByIndicator(Indicator indicator, Condition units, Period period, RankingOrder order,
                                   ObservationSource source) {
        return observations.rank(indicator, units, period, order, source);
    }

    @Override
    public Ranking rankByDossierRate(DossierRate rate, Condition units, Period period, RankingOrder order,
                                     PeriodWindows windows) {
        return rankings.byDossierRate(rate, units, period, order, windows);
    }

    @Override
    public List<ReportedVersusComputed> reportedVersusComputed(Condition units, PeriodSeries periods, PeriodWindows windows) {
        return rankings.reportedVersusComputed(units, periods, windows);
    }
}

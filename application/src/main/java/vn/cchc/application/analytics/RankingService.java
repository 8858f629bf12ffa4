package vn.cchc.application.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.IndicatorRepository;
import vn.cchc.domain.indicator.ObservationSource;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.PeriodWindows;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.statistics.DossierRate;
import vn.cchc.domain.statistics.Ranking;
import vn.cchc.domain.statistics.RankingOrder;
import vn.cchc.domain.statistics.StatisticsRepository;

/**
 * Ranks units (xếp hạng) for a period, each beside its rank and value in the period before, in the order asked for or
 * else the better end first: what the measure says is better (an indicator's higherIsBetter, a rate's own).
 */
@ApplicationScoped
public class RankingService {

    @Inject
    StatisticsRepository statistics;

    @Inject
    IndicatorRepository indicators;

    protected RankingService() {
        // for CDI
    }

    public RankingService(StatisticsRepository statistics, IndicatorRepository indicators) {
        this.statistics = statistics;
        this.indicators = indicators;
    }

    /** The selected units ranked by a dossier rate of their subtrees. */
    public Ranking byDossierRate(DossierRate rate, Condition units, Period period, Optional<RankingOrder> asked) {
        return byDossierRate(rate, units, period, asked, PeriodWindows.CALENDAR);
    }

    /**
     * As {@link #byDossierRate(DossierRate, Condition, Period, Optional)}, each period (the one ranked and the one
     * before it) standing for its window in {@code windows}: the calendar period or its reporting window.
     */
    public Ranking byDossierRate(DossierRate rate, Condition units, Period period, Optional<RankingOrder> asked,
                                 PeriodWindows windows) {
        RankingOrder order = asked.orElse(RankingOrder.bestFirst(Optional.of(rate.higherIsBetter())));
        return statistics.rankByDossierRate(rate, units, period, order, windows)
                .comparedWith(statistics.rankByDossierRate(rate, units, period.previous(), order, windows));
    }

    /** The selected units ranked by an indicator's totals; empty for an unknown indicator code. */
    public Optional<Ranking> byIndicator(String indicatorCode, Condition units, Period period, Optional<RankingOrder> asked,
                                         ObservationSource figures) {
        return indicators.findByCode(indicatorCode).map(indicator -> {
            RankingOrder order = asked.orElse(RankingOrder.bestFirst(indicator.higherIsBetter()));
            return statistics.rankByIndicator(indicator, units, period, order, figures)
                    .comparedWith(statistics.rankByIndicator(indicator, units, period.previous(), order, figures));
        });
    }
}

package vn.cchc.application.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cchc.application.StandIns;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.IndicatorRepository;
import vn.cchc.domain.indicator.Measure;
import vn.cchc.domain.indicator.ObservationSource;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.statistics.DossierRate;
import vn.cchc.domain.statistics.Ranking;
import vn.cchc.domain.statistics.RankingOrder;
import vn.cchc.domain.statistics.StatisticsRepository;

/** Which order a ranking takes when none is asked, and that each is set beside the period before. */
class RankingServiceTest {

    private final List<String> asked = new ArrayList<>();
    private final StandIns standIns = new StandIns();

    private RankingService service(Indicator indicator) {
        StatisticsRepository statistics = standIns.of(StatisticsRepository.class, Map.of(
                "rankByDossierRate", args -> ranked(args[2], args[3]),
                "rankByIndicator", args -> ranked(args[2], args[3])));
        IndicatorRepository indicators = standIns.of(IndicatorRepository.class,
                Map.of("findByCode", args -> Optional.ofNullable(indicator).filter(i -> i.code().equals(args[0]))));
        return new RankingService(statistics, indicators);
    }

    private Ranking ranked(Object period, Object order) {
        asked.add(period + " " + order);
        return new Ranking((RankingOrder) order, List.of());
    }

    @Test
    void shouldRankTheBetterEndFirstUnlessAskedAndCompareWithThePeriodBefore() {
        Period q1 = Period.quarter(2022, 1);
        RankingService service = service(null);
        service.byDossierRate(DossierRate.LATE, Condition.TRUE, q1, Optional.empty());
        service.byDossierRate(DossierRate.ON_TIME, Condition.TRUE, q1, Optional.empty());
        service.byDossierRate(DossierRate.ON_TIME, Condition.TRUE, q1, Optional.of(RankingOrder.LOWEST_FIRST));
        assertThat(asked).containsExactly(
                q1 + " LOWEST_FIRST", q1.previous() + " LOWEST_FIRST",
                q1 + " HIGHEST_FIRST", q1.previous() + " HIGHEST_FIRST",
                q1 + " LOWEST_FIRST", q1.previous() + " LOWEST_FIRST");
    }

    @Test
    void shouldRankAnIndicatorByWhatItSaysIsBetterAndNothingForAnUnknownCode() {
        Period q1 = Period.quarter(2022, 1);
        Indicator lateDossiers = new Indicator("DOSSIERS_LATE", "Hồ sơ trễ hạn", "Late dossiers", Measure.COUNT,
                ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM, "hồ sơ", false);
        RankingService service = service(lateDossiers);
        assertThat(service.byIndicator("NO_SUCH", Condition.TRUE, q1, Optional.empty(), ObservationSource.REPORTED)).isEmpty();
        assertThat(service.byIndicator("DOSSIERS_LATE", Condition.TRUE, q1, Optional.empty(), ObservationSource.REPORTED)
                .map(Ranking::order)).contains(RankingOrder.LOWEST_FIRST);
        assertThat(asked).containsExactly(q1 + " LOWEST_FIRST", q1.previous() + " LOWEST_FIRST");
    }
}

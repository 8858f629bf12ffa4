package vn.cchc.persistence.jpa;

import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.indicator.Breakdown;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.indicator.ObservationSource;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.indicator.Ratio;
import vn.cchc.domain.indicator.StandardIndicators;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.report.Signer;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.statistics.ObservationPoint;
import vn.cchc.domain.statistics.ObservationSeries;
import vn.cchc.domain.statistics.ObservationSeriesQuery;
import vn.cchc.domain.statistics.PeriodSeries;
import vn.cchc.domain.statistics.Ranking;
import vn.cchc.domain.statistics.RankingOrder;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitAttribute;
import vn.cchc.domain.unit.UnitKind;

/**
 * Indicator series, roll-ups and rankings computed by Derby over reported figures chosen so that every expected
 * number can be worked out by hand.
 */
class JpaStatisticsRepositoryObservationTest {

    private static final Period Q1_2023 = Period.quarter(2023, 1);
    private static final Period Q4_2023 = Period.quarter(2023, 4);
    private static final Period Q1_2024 = Period.quarter(2024, 1);
    private static final Period Q2_2024 = Period.quarter(2024, 2);
    private static DerbyDatabase db;
    private static Map<String, Indicator> indicators;

    @BeforeAll
    static void store() {
        db = new DerbyDatabase();
        indicators = StandardIndicators.all().stream().collect(toMap(Indicator::code, i -> i));
        db.inTransaction(em -> {
            indicators.values().forEach(em::persist);
            Map<String, Unit> units = new HashMap<>();
            Unit province = new Unit("P", "Tỉnh P", null, UnitKind.PROVINCE, null, null);
            Unit committee = new Unit("P-UB", "UBND tỉnh P", null, UnitKind.PEOPLES_COMMITTEE, province, null);
            units.put("P", province);
            for (String code : List.of("D1", "D2", "D3", "D4")) {
                units.put(code, new Unit(code, "Sở " + code, null, UnitKind.DEPARTMENT, committee, null));
            }
            units.put("D1-MC", new Unit("D1-MC", "Bộ phận một cửa D1", null, UnitKind.ONE_STOP_SHOP, units.get("D1"), null));
            em.persist(committee);
            units.values().forEach(em::persist);
            Map<String, Report> reports = new HashMap<>();
            Reporter reporter = new Reporter(em, units, reports);
            // dossiers received: D1 10 → (Q2, Q3 not reported) → 12 → 15, and its one-stop shop 3 in Q1 2024
            reporter.count("D1", Q1_2023, StandardIndicators.DOSSIERS_RECEIVED, 10);
            reporter.count("D1", Q4_2023, StandardIndicators.DOSSIERS_RECEIVED, 12);
            reporter.count("D1", Q1_2024, StandardIndicators.DOSSIERS_RECEIVED, 15);
            reporter.count("D1-MC", Q1_2024, StandardIndicators.DOSSIERS_RECEIVED, 3);
            // neither a computed value nor a broken-down one is a reported total
            em.persist(Observation.computed(indicators.get(StandardIndicators.DOSSIERS_RECEIVED), units.get("D1"), Q1_2024,
                    ObservedValue.count(99), Breakdown.total()));
            em.persist(Observation.reported(reporter.report("D1", Q1_2024), indicators.get(StandardIndicators.DOSSIERS_RECEIVED),
                    units.get("D1"), ObservedValue.count(7), Breakdown.of("FIELD", "F1", "lĩnh vực một")));
            // online dossiers 2/8 a year before, then 4/9 at the department and 1/1 at its one-stop shop
            reporter.ratio("D1", Q1_2023, StandardIndicators.DOSSIERS_ONLINE, 2, 8);
            reporter.ratio("D1", Q1_2024, StandardIndicators.DOSSIERS_ONLINE, 4, 9);
            reporter.ratio("D1-MC", Q1_2024, StandardIndicators.DOSSIERS_ONLINE, 1, 1);
            // a percentage without its counts
            em.persist(Observation.reported(reporter.report("D1", Q1_2024), indicators.get(StandardIndicators.ISO_9001_2015_ADOPTION),
                    units.get("P"), ObservedValue.percent(100), Breakdown.total()));
            // publicised procedures: 1/2 and 2/4 tie exactly, 3/4 leads; D4 reports nothing
            reporter.ratio("D1", Q1_2024, StandardIndicators.PROCEDURES_PUBLICISED, 1, 2);
            reporter.ratio("D2", Q1_2024, StandardIndicators.PROCEDURES_PUBLICISED, 2, 4);
            reporter.ratio("D3", Q1_2024, StandardIndicators.PROCEDURES_PUBLICISED, 3, 4);
            // late dossiers, where lower is better: 0 and 0 tie, then 2, then 3
            reporter.count("D1", Q1_2024, StandardIndicators.DOSSIERS_LATE, 0);
            reporter.count("D2", Q1_2024, StandardIndicators.DOSSIERS_LATE, 3);
            reporter.count("D3", Q1_2024, StandardIndicators.DOSSIERS_LATE, 0);
            reporter.count("D4", Q1_2024, StandardIndicators.DOSSIERS_LATE, 2);
            // the analytics count what Home Affairs has received
            reports.values().forEach(r -> {
                r.signedBy(new Signer("Nguyễn Văn A", "Giám đốc"));
                r.submit(null);
            });
            return null;
        });
    }

    /** Files each figure in its unit's report for the period, creating the report on first use. */
    private record Reporter(jakarta.persistence.EntityManager em, Map<String, Unit> units, Map<String, Report> reports) {

        Report report(String unit, Period period) {
            return reports.computeIfAbsent(unit + period, k -> {
                Report report = new Report(units.get(unit), period, "Báo cáo CCHC " + period.labelVi());
                em.persist(report);
                return report;
            });
        }

        void count(String unit, Period period, String indicator, long count) {
            add(unit, period, indicator, ObservedValue.count(count));
        }

        void ratio(String unit, Period period, String indicator, long numerator, long denominator) {
            add(unit, period, indicator, ObservedValue.ratio(Ratio.of(numerator, denominator)));
        }

        private void add(String unit, Period period, String indicator, ObservedValue value) {
            em.persist(Observation.reported(report(unit, period), indicators.get(indicator), units.get(unit), value,
                    Breakdown.total()));
        }
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<ObservationSeries> series(String indicator, Condition units, Period from, Period to, boolean rollUp) {
        return db.inTransaction(em -> new JpaStatisticsRepository(em).observationSeries(new ObservationSeriesQuery(
                indicators.get(indicator), units, new PeriodSeries(from, to), rollUp, ObservationSource.REPORTED)));
    }

    private static Optional<Double> value(ObservationPoint point) {
        return point.value().map(ObservedValue::value);
    }

    @Test
    void shouldGiveEveryPeriodWithTheChangesFromThePreviousAndTheYearBefore() {
        List<ObservationSeries> d1 = series(StandardIndicators.DOSSIERS_RECEIVED, Condition.eq(UnitAttribute.CODE, "D1"), Q4_2023, Q2_2024, false);
        assertThat(d1).singleElement().satisfies(s -> {
            assertThat(s.unit().code()).isEqualTo("D1");
            assertThat(s.points()).extracting(ObservationPoint::period).containsExactly(Q4_2023, Q1_2024, Q2_2024);
            ObservationPoint q1 = s.points().get(1);
            assertThat(value(q1)).contains(15.0);
            assertThat(q1.changeFromPrevious()).contains(3.0);
            assertThat(q1.changeFromYearEarlier()).contains(5.0);
            ObservationPoint q4 = s.points().get(0);
            assertThat(q4.previous()).as("Q3 2023 was not reported").isEmpty();
            assertThat(q4.changeFromPrevious()).isEmpty();
            assertThat(q4.changeFromYearEarlier()).isEmpty();
            ObservationPoint q2 = s.points().get(2);
            assertThat(q2.value()).isEmpty();
            assertThat(q2.previous().map(ObservedValue::value)).contains(15.0);
            assertThat(q2.changeFromPrevious()).isEmpty();
        });
    }

    @Test
    void shouldSumCountsOverTheSubtree() {
        List<ObservationSeries> d1 = series(StandardIndicators.DOSSIERS_RECEIVED, Condition.eq(UnitAttribute.CODE, "D1"), Q1_2024, Q1_2024, true);
        ObservationPoint q1 = d1.get(0).points().get(0);
        assertThat(value(q1)).contains(18.0);
        assertThat(q1.changeFromPrevious()).contains(6.0);
        assertThat(q1.changeFromYearEarlier()).contains(8.0);
        List<ObservationSeries> province = series(StandardIndicators.DOSSIERS_RECEIVED, Condition.eq(UnitAttribute.CODE, "P"), Q1_2024, Q1_2024, true);
        assertThat(value(province.get(0).points().get(0))).contains(18.0);
    }

    @Test
    void shouldAddRatiosAsNumeratorsOverDenominators() {
        ObservationPoint rolledUp = series(StandardIndicators.DOSSIERS_ONLINE, Condition.eq(UnitAttribute.CODE, "D1"), Q1_2024, Q1_2024, true)
                .get(0).points().get(0);
        assertThat(rolledUp.value().flatMap(ObservedValue::ratio)).contains(Ratio.of(5, 10));
        assertThat(value(rolledUp)).contains(50.0);
        assertThat(rolledUp.changeFromYearEarlier()).contains(25.0);
        ObservationPoint own = series(StandardIndicators.DOSSIERS_ONLINE, Condition.eq(UnitAttribute.CODE, "D1"), Q1_2024, Q1_2024, false)
                .get(0).points().get(0);
        assertThat(own.value().flatMap(ObservedValue::ratio)).contains(Ratio.of(4, 9));
        assertThat(own.changeFromYearEarlier().orElseThrow()).isCloseTo(400.0 / 9 - 25.0, within(1e-9));
    }

    @Test
    void shouldGiveAPercentageAsItIsButRefuseToAddItUp() {
        ObservationPoint iso = series(StandardIndicators.ISO_9001_2015_ADOPTION, Condition.eq(UnitAttribute.CODE, "P"), Q1_2024, Q1_2024, false)
                .get(0).points().get(0);
        assertThat(value(iso)).contains(100.0);
        assertThatThrownBy(() -> series(StandardIndicators.ISO_9001_2015_ADOPTION, Condition.eq(UnitAttribute.CODE, "P"), Q1_2024, Q1_2024, true))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("NOT_ADDITIVE"));
    }

    @Test
    void shouldListEverySelectedUnitByCodeWithOrWithoutValues() {
        List<ObservationSeries> departments = series(StandardIndicators.DOSSIERS_RECEIVED, Condition.eq(UnitAttribute.KIND, UnitKind.DEPARTMENT),
                Q1_2024, Q1_2024, false);
        assertThat(departments).extracting(s -> s.unit().code()).containsExactly("D1", "D2", "D3", "D4");
        assertThat(departments.get(1).points()).singleElement().satisfies(p -> assertThat(p.value()).isEmpty());
        assertThat(series(StandardIndicators.DOSSIERS_RECEIVED, new Condition.WithinSubtree("D1"), Q1_2024, Q1_2024, false))
                .extracting(s -> s.unit().code() + "=" + value(s.points().get(0)).orElse(null))
                .containsExactly("D1=15.0", "D1-MC=3.0");
        assertThat(series(StandardIndicators.DOSSIERS_RECEIVED, Condition.related(UnitAttribute.PARENT, Condition.eq(UnitAttribute.CODE, "D1")), Q1_2024, Q1_2024, false))
                .extracting(s -> s.unit().code()).containsExactly("D1-MC");
        assertThat(series(StandardIndicators.DOSSIERS_RECEIVED, new Condition.WithinSubtree("NOWHERE"), Q1_2024, Q1_2024, false)).isEmpty();
    }

    private static Ranking rank(String indicator, RankingOrder order) {
        return db.inTransaction(em -> new JpaStatisticsRepository(em).rankByIndicator(indicators.get(indicator),
                Condition.eq(UnitAttribute.KIND, UnitKind.DEPARTMENT), Q1_2024, order, ObservationSource.REPORTED));
    }

    @Test
    void shouldRankTiedRatiosTogetherAndSkipTheNextRank() {
        Ranking publicised = rank(StandardIndicators.PROCEDURES_PUBLICISED,
                RankingOrder.bestFirst(indicators.get(StandardIndicators.PROCEDURES_PUBLICISED).higherIsBetter()));
        assertThat(publicised.order()).isEqualTo(RankingOrder.HIGHEST_FIRST);
        assertThat(publicised.entries()).extracting(e -> e.rank().map(String::valueOf).orElse("-") + " " + e.unit().code())
                .containsExactly("1 D3", "2 D1", "2 D2", "- D4");
    }

    @Test
    void shouldRankLowestFirstWhenLowerIsBetter() {
        Ranking late = rank(StandardIndicators.DOSSIERS_LATE,
                RankingOrder.bestFirst(indicators.get(StandardIndicators.DOSSIERS_LATE).higherIsBetter()));
        assertThat(late.entries()).extracting(e -> e.rank().orElseThrow() + " " + e.unit().code() + " "
                + e.value().orElseThrow().value()).containsExactly("1 D1 0.0", "1 D3 0.0", "3 D4 2.0", "4 D2 3.0");
        Ranking reversed = rank(StandardIndicators.DOSSIERS_LATE, RankingOrder.HIGHEST_FIRST);
        assertThat(reversed.entries()).extracting(e -> e.rank().orElseThrow() + " " + e.unit().code())
                .containsExactly("1 D2", "2 D4", "3 D1", "3 D3");
    }
}

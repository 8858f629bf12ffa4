package vn.cchc.persistence.jpa;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.dossier.DossierAttribute;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.DossierKind;
import vn.cchc.domain.indicator.Breakdown;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.indicator.Ratio;
import vn.cchc.domain.indicator.StandardIndicators;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.PeriodWindows;
import vn.cchc.domain.procedure.ProcedureAttribute;
import vn.cchc.domain.procedure.ProcedureFieldAttribute;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.report.Signer;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.statistics.DossierCounts;
import vn.cchc.domain.statistics.DossierDimension;
import vn.cchc.domain.statistics.DossierRate;
import vn.cchc.domain.statistics.DossierStatistics;
import vn.cchc.domain.statistics.DossierStatisticsCriteria;
import vn.cchc.domain.statistics.DossierStatisticsQuery;
import vn.cchc.domain.statistics.PeriodSeries;
import vn.cchc.domain.statistics.Ranking;
import vn.cchc.domain.statistics.RankingEntry;
import vn.cchc.domain.statistics.RankingOrder;
import vn.cchc.domain.statistics.ReportedVersusComputed;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitAttribute;
import vn.cchc.domain.unit.UnitKind;

/**
 * Dossier statistics computed by Derby, each checked against the same dossiers counted one by one in Java
 * ({@link DossierTally}): every measure and rate, every dimension, roll-ups over the tree, filters and time.
 */
class JpaStatisticsRepositoryDossierTest {

    private static final Period Q1_2024 = Period.quarter(2024, 1);
    private static final Period Q2_2024 = Period.quarter(2024, 2);
    private static DerbyDatabase db;
    private static StatisticsProvince province;

    @BeforeAll
    static void store() {
        db = new DerbyDatabase();
        province = new StatisticsProvince();
        db.inTransaction(em -> {
            province.store(em);
            Map<String, Indicator> indicators = StandardIndicators.all().stream().collect(toMap(Indicator::code, i -> i));
            indicators.values().forEach(em::persist);
            Report d1 = new Report(province.units.get("D1"), Q1_2024, "Báo cáo CCHC quý I năm 2024");
            Report d2 = new Report(province.units.get("D2"), Q1_2024, "Báo cáo CCHC quý I năm 2024");
            em.persist(d1);
            em.persist(d2);
            em.persist(Observation.reported(d1, indicators.get(StandardIndicators.DOSSIERS_RECEIVED), province.units.get("D1"),
                    ObservedValue.count(5), Breakdown.total()));
            em.persist(Observation.reported(d1, indicators.get(StandardIndicators.DOSSIERS_ONLINE), province.units.get("D1"),
                    ObservedValue.ratio(Ratio.of(1, 2)), Breakdown.total()));
            em.persist(Observation.reported(d2, indicators.get(StandardIndicators.DOSSIERS_RESOLVED), province.units.get("D2"),
                    ObservedValue.count(3), Breakdown.total()));
            for (Report sent : List.of(d1, d2)) { // the analytics count what Home Affairs has received
                sent.signedBy(new Signer("Nguyễn Văn A", "Giám đốc"));
                sent.submit(null);
            }
            return null;
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<DossierStatistics> statistics(DossierStatisticsQuery query) {
        return db.inTransaction(em -> new JpaStatisticsRepository(em).dossierStatistics(query));
    }

    private static List<DossierStatistics> statistics(Period period, DossierStatisticsCriteria criteria,
                                                      DossierDimension... groupBy) {
        return statistics(DossierStatisticsQuery.of(period, criteria, groupBy));
    }

    /** The tally of each group of the dossiers that pass the filter; groups with nothing to process are left out. */
    private static Map<String, DossierCounts> expected(Period period, Predicate<Dossier> filter, Function<Dossier, String> group) {
        return province.dossiers.stream().filter(filter).collect(groupingBy(group)).entrySet().stream()
                .map(e -> Map.entry(e.getKey(), DossierTally.of(e.getValue(), period)))
                .filter(e -> !e.getValue().isEmpty())
                .collect(toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map<String, DossierCounts> actual(List<DossierStatistics> rows, Function<DossierStatistics, String> group) {
        return rows.stream().collect(toMap(group, DossierStatistics::counts));
    }

    /** Every unit with the tally of its whole subtree, as a roll-up must give. */
    private static Map<String, DossierCounts> expectedSubtrees(Period period, Predicate<Unit> roots, Predicate<Dossier> filter) {
        return province.units.values().stream().filter(roots)
                .map(root -> Map.entry(root.code(), DossierTally.of(province.dossiers.stream().filter(filter)
                        .filter(d -> d.unit().path().startsWith(root.path())).toList(), period)))
                .filter(e -> !e.getValue().isEmpty())
                .collect(toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Predicate<Dossier> all() {
        return d -> true;
    }

    static Stream<Period> periods() {
        Stream<Period> quarters = Stream.of(2022, 2023, 2024, 2025)
                .flatMap(y -> Stream.of(1, 2, 3, 4).map(q -> Period.quarter(y, q)));
        return Stream.concat(quarters, Stream.of(Period.year(2023), Period.year(2024), Period.halfYear(2023, 1),
                Period.halfYear(2024, 2), Period.nineMonths(2024)));
    }

    @ParameterizedTest
    @MethodSource("periods")
    void shouldCountEveryMeasureOfAPeriodAsTheDossiersSay(Period period) {
        assertThat(statistics(period, DossierStatisticsCriteria.any())).singleElement().satisfies(s -> {
            assertThat(s.period()).isEqualTo(period);
            assertThat(s.unit()).isNull();
            assertThat(s.counts()).isEqualTo(DossierTally.of(province.dossiers, period));
        });
    }

    @Test
    void shouldExerciseEveryMeasureSomewhere() {
        // guards the fixture: a measure that is always 0 would pass every other test whatever the SQL says
        List<DossierCounts> quarters = periods().map(p -> DossierTally.of(province.dossiers, p)).toList();
        List<Function<DossierCounts, Long>> measures = List.of(DossierCounts::carriedOver, DossierCounts::received,
                DossierCounts::resolvedEarly, DossierCounts::resolvedOnTime, DossierCounts::resolvedLate,
                DossierCounts::returned, DossierCounts::withdrawn, DossierCounts::inProgressNotDue,
                DossierCounts::inProgressOverdue, DossierCounts::online);
        measures.forEach(m -> assertThat(quarters).anySatisfy(c -> assertThat(m.apply(c)).isPositive()));
    }

    @ParameterizedTest
    @MethodSource("periods")
    void shouldGiveTheRatesOfTheCounts(Period period) {
        DossierCounts tally = DossierTally.of(province.dossiers, period);
        long resolved = tally.resolvedEarly() + tally.resolvedOnTime() + tally.resolvedLate();
        DossierCounts counts = statistics(period, DossierStatisticsCriteria.any()).get(0).counts();
        assertThat(counts.onTimeRate()).isEqualTo(Ratio.ifDefined(tally.resolvedEarly() + tally.resolvedOnTime(), resolved));
        assertThat(counts.onlineRate()).isEqualTo(Ratio.ifDefined(tally.online(), tally.received()));
        assertThat(counts.lateRate()).isEqualTo(Ratio.ifDefined(tally.resolvedLate() + tally.inProgressOverdue(),
                tally.carriedOver() + tally.received()));
        // every dossier to process is closed in the period or still open at its end
        assertThat(counts.toProcess()).isEqualTo(counts.resolved() + counts.returned() + counts.withdrawn() + counts.inProgress());
    }

    @Test
    void shouldGiveZerosForAPeriodWithoutDossiers() {
        assertThat(statistics(Period.quarter(2021, 1), DossierStatisticsCriteria.any()))
                .singleElement().satisfies(s -> assertThat(s.counts()).isEqualTo(DossierCounts.NONE));
        assertThat(statistics(Period.quarter(2021, 1), DossierStatisticsCriteria.any(), DossierDimension.UNIT)).isEmpty();
    }

    @Test
    void shouldGroupByReceivingUnit() {
        for (Period period : List.of(Q1_2024, Period.year(2023))) {
            assertThat(actual(statistics(period, DossierStatisticsCriteria.any(), DossierDimension.UNIT), s -> s.unit().code()))
                    .isEqualTo(expected(period, all(), d -> d.unit().code()));
        }
    }

    @Test
    void shouldRollUpEverySubtreeOfTheTree() {
        List<DossierStatistics> rows = statistics(Period.year(2024), DossierStatisticsCriteria.any(), DossierDimension.UNIT_SUBTREE);
        Map<String, DossierCounts> expected = expectedSubtrees(Period.year(2024), u -> true, all());
        assertThat(actual(rows, s -> s.subtree().code())).isEqualTo(expected);
        // the province holds everything; X_1 does not hold XA1, whatever LIKE would make of the '_'
        assertThat(expected.get("P")).isEqualTo(DossierTally.of(province.dossiers, Period.year(2024)));
        assertThat(expected.get("X_1")).isEqualTo(expected.get("X_1-MC"));
    }

    @Test
    void shouldRollUpIntoTheSelectedUnitsOnly() {
        DossierStatisticsCriteria departments = DossierStatisticsCriteria.any().withSubtrees(Condition.eq(UnitAttribute.KIND, UnitKind.DEPARTMENT));
        List<DossierStatistics> rows = statistics(Q2_2024, departments, DossierDimension.UNIT_SUBTREE);
        assertThat(actual(rows, s -> s.subtree().code()))
                .isEqualTo(expectedSubtrees(Q2_2024, u -> u.kind() == UnitKind.DEPARTMENT, all()))
                .containsOnlyKeys("D1", "D2", "D3");
    }

    @Test
    void shouldRollUpWithinAUnitOnly() {
        List<DossierStatistics> rows = statistics(Period.year(2023), DossierStatisticsCriteria.any()
                .withDossiers(receivedWithin("D1")).withSubtrees(new Condition.WithinSubtree("D1")), DossierDimension.UNIT_SUBTREE);
        assertThat(actual(rows, s -> s.subtree().code()))
                .isEqualTo(expectedSubtrees(Period.year(2023), u -> u.path().startsWith("/P/P-UB/D1/"), all()))
                .containsOnlyKeys("D1", "D1-MC");
    }

    @Test
    void shouldCombineDimensions() {
        Period period = Period.halfYear(2024, 1);
        assertThat(actual(statistics(period, DossierStatisticsCriteria.any(), DossierDimension.FIELD, DossierDimension.CHANNEL),
                s -> s.field().code() + "|" + s.channel()))
                .isEqualTo(expected(period, all(), d -> d.procedure().field().code() + "|" + d.channel()));
        assertThat(actual(statistics(period, DossierStatisticsCriteria.any(), DossierDimension.PROCEDURE, DossierDimension.KIND,
                        DossierDimension.UNIT),
                s -> s.procedure().code() + "|" + s.kind() + "|" + s.unit().code()))
                .isEqualTo(expected(period, all(), d -> d.procedure().code() + "|" + d.kind() + "|" + d.unit().code()));
    }

    @Test
    void shouldCombineARollUpWithOtherDimensions() {
        DossierStatisticsCriteria departments = DossierStatisticsCriteria.any().withSubtrees(Condition.eq(UnitAttribute.KIND, UnitKind.DEPARTMENT));
        Map<String, DossierCounts> expected = new java.util.HashMap<>();
        for (DossierChannel channel : DossierChannel.values()) {
            expectedSubtrees(Q1_2024, u -> u.kind() == UnitKind.DEPARTMENT, d -> d.channel() == channel)
                    .forEach((unit, counts) -> expected.put(unit + "|" + channel, counts));
        }
        assertThat(actual(statistics(Q1_2024, departments, DossierDimension.UNIT_SUBTREE, DossierDimension.CHANNEL),
                s -> s.subtree().code() + "|" + s.channel())).isEqualTo(expected);
    }

    @Test
    void shouldFilterByFieldProcedureChannelKindAndSubtree() {
        Period period = Period.year(2024);
        var byField = DossierStatisticsCriteria.any().withDossiers(Condition.related(DossierAttribute.PROCEDURE,
                Condition.related(ProcedureAttribute.FIELD, Condition.eq(ProcedureFieldAttribute.CODE, "F1"))));
        assertThat(statistics(period, byField).get(0).counts()).isEqualTo(DossierTally.of(
                province.dossiers.stream().filter(d -> d.procedure().field().code().equals("F1")).toList(), period));
        var narrow = DossierStatisticsCriteria.any().withDossiers(Condition.and(receivedWithin("P-UB"),
                Condition.related(DossierAttribute.PROCEDURE, Condition.eq(ProcedureAttribute.CODE, "PR1")),
                Condition.eq(DossierAttribute.CHANNEL, DossierChannel.ONLINE), Condition.eq(DossierAttribute.KIND, DossierKind.NEW)));
        assertThat(actual(statistics(Period.year(2023), narrow, DossierDimension.UNIT), s -> s.unit().code()))
                .isEqualTo(expected(Period.year(2023), d -> d.unit().path().startsWith("/P/P-UB/")
                        && d.procedure().code().equals("PR1") && d.channel() == DossierChannel.ONLINE
                        && d.kind() == DossierKind.NEW, d -> d.unit().code()));
    }

    @Test
    void shouldTakeAnUnderscoreInAUnitCodeLiterally() {
        var x1 = DossierStatisticsCriteria.any().withDossiers(receivedWithin("X_1"));
        assertThat(actual(statistics(Period.year(2024), x1, DossierDimension.UNIT), s -> s.unit().code()))
                .isEqualTo(expected(Period.year(2024), d -> d.unit().code().equals("X_1-MC"), d -> d.unit().code()))
                .containsOnlyKeys("X_1-MC");
    }

    @Test
    void shouldCountNothingWithinAnUnknownUnit() {
        assertThat(statistics(Q1_2024, DossierStatisticsCriteria.any().withDossiers(receivedWithin("NO-SUCH-UNIT"))))
                .singleElement().satisfies(s -> assertThat(s.counts().isEmpty()).isTrue());
    }

    @Test
    void shouldCutAYearIntoQuarters() {
        List<DossierStatistics> rows = statistics(DossierStatisticsQuery.of(Period.year(2024), DossierStatisticsCriteria.any(),
                DossierDimension.QUARTER));
        assertThat(rows).extracting(DossierStatistics::period).containsExactly(Period.quarter(2024, 1), Period.quarter(2024, 2),
                Period.quarter(2024, 3), Period.quarter(2024, 4));
        rows.forEach(s -> assertThat(s.counts()).isEqualTo(DossierTally.of(province.dossiers, s.period())));
    }

    @Test
    void shouldGiveEightQuartersByField() {
        List<DossierStatistics> rows = statistics(new DossierStatisticsQuery(Period.quarter(2023, 1), Period.quarter(2024, 4),
                Set.of(DossierDimension.QUARTER, DossierDimension.FIELD), DossierStatisticsCriteria.any()));
        assertThat(rows).extracting(DossierStatistics::period).isSorted().hasSizeGreaterThanOrEqualTo(8);
        Map<String, DossierCounts> expected = new java.util.HashMap<>();
        new PeriodSeries(Period.quarter(2023, 1), Period.quarter(2024, 4)).periods().forEach(q ->
                expected(q, all(), d -> d.procedure().field().code()).forEach((f, c) -> expected.put(q + "|" + f, c)));
        assertThat(actual(rows, s -> s.period() + "|" + s.field().code())).isEqualTo(expected);
    }

    @Test
    void shouldGiveYearsOfARange() {
        List<DossierStatistics> rows = statistics(new DossierStatisticsQuery(Period.quarter(2023, 1), Period.quarter(2024, 4),
                Set.of(DossierDimension.YEAR), DossierStatisticsCriteria.any()));
        assertThat(rows).extracting(DossierStatistics::period).containsExactly(Period.year(2023), Period.year(2024));
        rows.forEach(s -> assertThat(s.counts()).isEqualTo(DossierTally.of(province.dossiers, s.period())));
    }

    @Test
    void shouldRankDepartmentsByADossierRateWithCompetitionRanks() {
        Period period = Period.year(2024);
        for (DossierRate rate : DossierRate.values()) {
            RankingOrder order = RankingOrder.bestFirst(Optional.of(rate.higherIsBetter()));
            Ranking ranking = db.inTransaction(em -> new JpaStatisticsRepository(em)
                    .rankByDossierRate(rate, Condition.eq(UnitAttribute.KIND, UnitKind.DEPARTMENT), period, order));
            Map<String, Optional<Ratio>> values = Stream.of("D1", "D2", "D3", "D4").collect(toMap(c -> c, c -> rate.of(
                    DossierTally.of(subtree(c), period))));
            for (RankingEntry entry : ranking.entries()) {
                Optional<Ratio> value = values.get(entry.unit().code());
                assertThat(entry.value().flatMap(ObservedValue::ratio)).isEqualTo(value);
                // competition rank: one more than the number of units strictly better
                assertThat(entry.rank()).isEqualTo(value.map(v -> 1 + (int) values.values().stream().flatMap(Optional::stream)
                        .filter(o -> rate.higherIsBetter() ? o.compareShareTo(v) > 0 : o.compareShareTo(v) < 0).count()));
            }
            assertThat(ranking.entries()).extracting(e -> e.unit().code()).containsExactlyInAnyOrder("D1", "D2", "D3", "D4");
            assertThat(ranking.entries().get(3).unit().code()).as("no dossiers, no rank, last").isEqualTo("D4");
        }
    }

    private static List<Dossier> subtree(String code) {
        String path = province.units.get(code).path();
        return province.dossiers.stream().filter(d -> d.unit().path().startsWith(path)).toList();
    }

    @Test
    void shouldSetReportedFiguresBesideTheOnesComputedFromDossiers() {
        List<ReportedVersusComputed> rows = db.inTransaction(em -> new JpaStatisticsRepository(em).reportedVersusComputed(
                new Condition.OneOf(UnitAttribute.CODE, List.of("D1", "D2", "D4")), new PeriodSeries(Q1_2024, Q2_2024), PeriodWindows.CALENDAR));
        DossierCounts d1 = DossierTally.of(subtree("D1"), Q1_2024);
        assertThat(rows).extracting(r -> r.unit().code() + " " + r.period() + " " + r.indicator().code()).containsExactly(
                "D1 2024-Q1 DOSSIERS_LATE", "D1 2024-Q1 DOSSIERS_ONLINE", "D1 2024-Q1 DOSSIERS_RECEIVED", "D1 2024-Q1 DOSSIERS_RESOLVED",
                "D1 2024-Q2 DOSSIERS_LATE", "D1 2024-Q2 DOSSIERS_ONLINE", "D1 2024-Q2 DOSSIERS_RECEIVED", "D1 2024-Q2 DOSSIERS_RESOLVED",
                "D2 2024-Q1 DOSSIERS_LATE", "D2 2024-Q1 DOSSIERS_ONLINE", "D2 2024-Q1 DOSSIERS_RECEIVED", "D2 2024-Q1 DOSSIERS_RESOLVED",
                "D2 2024-Q2 DOSSIERS_LATE", "D2 2024-Q2 DOSSIERS_ONLINE", "D2 2024-Q2 DOSSIERS_RECEIVED", "D2 2024-Q2 DOSSIERS_RESOLVED");
        ReportedVersusComputed received = rows.get(2);
        assertThat(received.reported()).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(5.0));
        assertThat(received.computed()).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(d1.received()));
        assertThat(received.difference()).contains(5.0 - d1.received());
        ReportedVersusComputed online = rows.get(1);
        assertThat(online.computed().flatMap(ObservedValue::ratio)).isEqualTo(Ratio.ifDefined(d1.online(), d1.received()));
        assertThat(online.difference()).isEqualTo(online.computed().map(c -> 50.0 - c.value()));
        assertThat(rows.get(0).computed()).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(d1.resolvedLate()));
        assertThat(rows.get(0).reported()).as("not reported").isEmpty();
        assertThat(rows.get(0).difference()).isEmpty();
        DossierCounts d2 = DossierTally.of(subtree("D2"), Q1_2024);
        assertThat(rows.get(11).computed()).hasValueSatisfying(v -> assertThat(v.value())
                .isEqualTo(d2.resolvedEarly() + d2.resolvedOnTime() + d2.resolvedLate()));
        assertThat(rows.get(11).difference()).hasValueSatisfying(d -> assertThat(d).isEqualTo(3.0 - rows.get(11).computed().get().value()));
    }

    private static Condition receivedWithin(String unitCode) {
        return Condition.related(DossierAttribute.UNIT, new Condition.WithinSubtree(unitCode));
    }
}

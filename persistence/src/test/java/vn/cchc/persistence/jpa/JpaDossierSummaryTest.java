package vn.cchc.persistence.jpa;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.DossierAttribute;
import vn.cchc.domain.dossier.DossierKind;
import vn.cchc.domain.dossier.DossierStatus;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.ProcedureAttribute;
import vn.cchc.domain.procedure.ProcedureFieldAttribute;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.statistics.DossierCounts;
import vn.cchc.domain.statistics.DossierDimension;
import vn.cchc.domain.statistics.DossierStatistics;
import vn.cchc.domain.statistics.DossierStatisticsCriteria;
import vn.cchc.domain.statistics.DossierStatisticsQuery;
import vn.cchc.domain.statistics.PeriodSeries;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitAttribute;
import vn.cchc.domain.unit.UnitKind;

/**
 * The quarterly dossier summary: statistics read from it equal the ones counted from the dossiers, for every kind
 * of period, grouping and filter, and a refresh after dossiers are added or closed brings it up to date, including
 * quarters it did not cover before.
 */
class JpaDossierSummaryTest {

    private DerbyDatabase db;
    private StatisticsProvince province;

    @BeforeEach
    void open() {
        db = new DerbyDatabase();
        province = new StatisticsProvince();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Every quarter, half-year, nine months and year of the two years the fixture's dossiers cover. */
    private static List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        for (int year = 2023; year <= 2024; year++) {
            for (int q = 1; q <= 4; q++) {
                periods.add(Period.quarter(year, q));
            }
            periods.addAll(List.of(Period.halfYear(year, 1), Period.halfYear(year, 2), Period.nineMonths(year), Period.year(year)));
        }
        return periods;
    }

    private static final List<Set<DossierDimension>> GROUPINGS = List.of(Set.of(), Set.of(DossierDimension.UNIT),
            Set.of(DossierDimension.UNIT_SUBTREE), Set.of(DossierDimension.FIELD), Set.of(DossierDimension.PROCEDURE),
            Set.of(DossierDimension.CHANNEL), Set.of(DossierDimension.KIND),
            Set.of(DossierDimension.UNIT, DossierDimension.CHANNEL), Set.of(DossierDimension.UNIT_SUBTREE, DossierDimension.KIND),
            Set.of(DossierDimension.FIELD, DossierDimension.CHANNEL, DossierDimension.KIND),
            Set.of(DossierDimension.PROCEDURE, DossierDimension.UNIT));

    /** Filters the summary answers (the first six), then filters only the dossiers answer: the statistics fall back to them. */
    private static final List<DossierStatisticsCriteria> FILTERS = List.of(DossierStatisticsCriteria.any(),
            dossiers(receivedWithin("D1")), dossiers(receivedWithin("X_1")),
            DossierStatisticsCriteria.any().withSubtrees(Condition.eq(UnitAttribute.KIND, UnitKind.DEPARTMENT)),
            dossiers(Condition.and(ofField("F1"), Condition.eq(DossierAttribute.CHANNEL, DossierChannel.ONLINE))),
            dossiers(Condition.and(receivedWithin("P"), Condition.related(DossierAttribute.PROCEDURE,
                    Condition.eq(ProcedureAttribute.CODE, "PR2")), Condition.eq(DossierAttribute.KIND, DossierKind.NEW))),
            dossiers(Condition.or(List.of(Condition.not(Condition.eq(DossierAttribute.CHANNEL, DossierChannel.ONLINE)),
                    Condition.related(DossierAttribute.UNIT, Condition.eq(UnitAttribute.KIND, UnitKind.DEPARTMENT))))),
            dossiers(Condition.eq(DossierAttribute.STATUS, DossierStatus.RESOLVED_LATE)),
            dossiers(Condition.and(receivedWithin("D1"),
                    new Condition.Compare(DossierAttribute.RECEIVED_ON, Condition.Operator.GTE, LocalDate.of(2024, 2, 1)))),
            dossiers(Condition.or(List.of(Condition.eq(DossierAttribute.KIND, DossierKind.NEW),
                    new Condition.IsNull(DossierAttribute.CLOSED_ON, true)))));

    private static DossierStatisticsCriteria dossiers(Condition condition) {
        return DossierStatisticsCriteria.any().withDossiers(condition);
    }

    private static Condition receivedWithin(String unitCode) {
        return Condition.related(DossierAttribute.UNIT, new Condition.WithinSubtree(unitCode));
    }

    private static Condition ofField(String fieldCode) {
        return Condition.related(DossierAttribute.PROCEDURE,
                Condition.related(ProcedureAttribute.FIELD, Condition.eq(ProcedureFieldAttribute.CODE, fieldCode)));
    }

    /** Each period with each grouping, each filter with a few groupings, and series of quarters and years. */
    private static List<DossierStatisticsQuery> queries() {
        List<DossierStatisticsQuery> queries = new ArrayList<>();
        for (Period period : periods()) {
            GROUPINGS.forEach(g -> queries.add(new DossierStatisticsQuery(period, null, g, DossierStatisticsCriteria.any())));
            for (DossierStatisticsCriteria filter : FILTERS) {
                for (Set<DossierDimension> g : List.of(Set.<DossierDimension>of(), Set.of(DossierDimension.UNIT_SUBTREE),
                        Set.of(DossierDimension.CHANNEL))) {
                    queries.add(new DossierStatisticsQuery(period, null, g, filter));
                }
            }
        }
        for (Set<DossierDimension> g : GROUPINGS) {
            for (DossierDimension time : List.of(DossierDimension.QUARTER, DossierDimension.YEAR)) {
                Set<DossierDimension> withTime = EnumSet.of(time);
                withTime.addAll(g);
                queries.add(new DossierStatisticsQuery(Period.quarter(2023, 1), Period.quarter(2024, 4), withTime,
                        DossierStatisticsCriteria.any()));
                queries.add(new DossierStatisticsQuery(Period.quarter(2023, 1), Period.quarter(2024, 4), withTime, FILTERS.get(1)));
                queries.add(new DossierStatisticsQuery(Period.quarter(2023, 1), Period.quarter(2024, 4), withTime, FILTERS.get(8)));
            }
        }
        return queries;
    }

    /** Each query's answer, every row written out with its group's codes. */
    private Map<DossierStatisticsQuery, List<String>> answers(List<DossierStatisticsQuery> queries) {
        return db.inTransaction(em -> {
            JpaStatisticsRepository repository = new JpaStatisticsRepository(em);
            Map<DossierStatisticsQuery, List<String>> answers = new LinkedHashMap<>();
            queries.forEach(q -> answers.put(q, repository.dossierStatistics(q).stream().map(JpaDossierSummaryTest::line).toList()));
            return answers;
        });
    }

    private static String line(DossierStatistics s) {
        return String.join("|", s.period().toString(), code(s.unit()), code(s.subtree()),
                s.field() == null ? "-" : s.field().code(), s.procedure() == null ? "-" : s.procedure().code(),
                String.valueOf(s.channel()), String.valueOf(s.kind()), s.counts().toString());
    }

    private static String code(Unit unit) {
        return unit == null ? "-" : unit.code();
    }

    private boolean covers(Period from, Period through) {
        return db.inTransaction(em -> new JpaDossierSummary(em).covers(from, through));
    }

    @Test
    void shouldGiveFromTheSummaryWhatTheDossiersGive() {
        db.inTransaction(em -> {
            province.storeRecords(em);
            return null;
        });
        List<DossierStatisticsQuery> queries = queries();
        assertThat(covers(Period.quarter(2023, 1), Period.quarter(2023, 1))).as("nothing summarised yet").isFalse();
        Map<DossierStatisticsQuery, List<String>> fromDossiers = answers(queries);

        db.inTransaction(em -> {
            new JpaDossierSummary(em).buildIfMissing();
            return null;
        });

        assertThat(covers(Period.quarterOf(province.firstDay()), Period.quarterOf(province.lastDay()))).isTrue();
        assertThat(covers(Period.quarterOf(province.firstDay()).previous(), Period.quarterOf(province.firstDay()))).isFalse();
        assertThat(covers(Period.quarterOf(province.lastDay()), Period.quarterOf(province.lastDay()).next())).isFalse();
        Map<DossierStatisticsQuery, List<String>> fromSummary = answers(queries);
        assertThat(fromSummary).isEqualTo(fromDossiers);
        assertThat(fromSummary.values().stream().filter(rows -> !rows.isEmpty()).count())
                .as("most queries find dossiers").isGreaterThan(queries.size() * 3L / 4);
    }

    @Test
    void shouldReadTheSummaryOnlyForConditionsOnWhatItsRowsHave() {
        FILTERS.subList(0, 7).forEach(f -> assertThat(Model.DOSSIER_QUARTER_SUMMARY.reads(f.dossiers())).as("%s", f).isTrue());
        FILTERS.subList(7, FILTERS.size()).forEach(f -> assertThat(Model.DOSSIER_QUARTER_SUMMARY.reads(f.dossiers()))
                .as("%s", f).isFalse());
        assertThat(Model.UNIT_QUARTER_SUMMARY.reads(receivedWithin("D1"))).isTrue();
        assertThat(Model.UNIT_QUARTER_SUMMARY.reads(FILTERS.get(4).dossiers())).as("by field and channel").isFalse();
    }

    @Test
    void shouldBuildOnlyWhatIsMissing() {
        db.inTransaction(em -> {
            province.store(em);
            return null;
        });
        List<DossierStatisticsQuery> queries = queries().subList(0, 40);
        Map<DossierStatisticsQuery, List<String>> before = answers(queries);
        db.inTransaction(em -> {
            new JpaDossierSummary(em).buildIfMissing();
            return null;
        });
        assertThat(answers(queries)).isEqualTo(before);
    }

    @Test
    void shouldRefreshTheQuartersThatWritesChange() {
        db.inTransaction(em -> {
            province.store(em);
            return null;
        });
        Period lastCovered = Period.quarterOf(province.lastDay());
        Period newQuarter = lastCovered.next().next();
        LocalDate received = newQuarter.startDate().plusDays(10);
        db.inTransaction(em -> {
            Unit d2Shop = unit(em, "D2-MC");
            // a new dossier two quarters after the last one covered, still open (overdue) at the end of its quarter
            em.persist(new Dossier("NEW-1", procedure(em, "PR2"), d2Shop, received, received.plusDays(5), DossierChannel.ONLINE,
                    DossierKind.NEW));
            // a dossier open since 2024-01-01, due 2024-03-31, resolved late in 2024-Q2
            Dossier open = em.createQuery("SELECT d FROM Dossier d WHERE d.code = 'E-3'", Dossier.class).getSingleResult();
            open.resolve(LocalDate.of(2024, 5, 15));
            new JpaDossierSummary(em).refresh(List.of(d2Shop, open.unit()), Period.quarter(2024, 2), newQuarter);
            return null;
        });

        assertThat(covers(Period.quarterOf(province.firstDay()), newQuarter)).isTrue();
        assertThat(covers(newQuarter, newQuarter.next())).isFalse();
        List<Period> checked = new ArrayList<>(new PeriodSeries(Period.quarter(2023, 1), newQuarter).periods());
        checked.addAll(List.of(Period.year(2024), Period.halfYear(2024, 1)));
        for (Period period : checked) {
            Map<String, DossierCounts> expected = db.inTransaction(em -> tallyByUnit(em, period));
            Map<String, DossierCounts> answered = db.inTransaction(em -> new JpaStatisticsRepository(em)
                    .dossierStatistics(DossierStatisticsQuery.of(period, DossierStatisticsCriteria.any(), DossierDimension.UNIT))
                    .stream().collect(toMap(s -> s.unit().code(), DossierStatistics::counts)));
            assertThat(answered).as("%s", period).isEqualTo(expected);
        }
        DossierCounts newQuarterOfD3 = db.inTransaction(em -> tallyByUnit(em, newQuarter)).get("D3-MC");
        assertThat(newQuarterOfD3.inProgressOverdue()).as("a unit not refreshed carries its open dossiers into new quarters")
                .isPositive();
        DossierCounts d1InQ2 = db.inTransaction(em -> tallyByUnit(em, Period.quarter(2024, 2))).get("D1-MC");
        assertThat(d1InQ2.resolvedLate()).as("the fixture resolves late in 2024-Q2").isPositive();
    }

    @Test
    void shouldExtendTheSummaryBackToAnEarlierDossier() {
        db.inTransaction(em -> {
            province.store(em);
            return null;
        });
        Period firstCovered = Period.quarterOf(province.firstDay());
        Period earlier = firstCovered.previous().previous();
        db.inTransaction(em -> {
            Unit shop = unit(em, "XA1-MC");
            Dossier old = new Dossier("OLD-1", procedure(em, "PR1"), shop, earlier.startDate().plusDays(3),
                    earlier.startDate().plusDays(20), DossierChannel.POST, DossierKind.RENEWAL);
            old.resolve(earlier.next().startDate().plusDays(4));
            em.persist(old);
            new JpaDossierSummary(em).refresh(List.of(shop), earlier, earlier.next());
            return null;
        });
        assertThat(covers(earlier, Period.quarterOf(province.lastDay()))).isTrue();
        for (Period period : List.of(earlier, earlier.next(), firstCovered, Period.year(earlier.year()))) {
            Map<String, DossierCounts> expected = db.inTransaction(em -> tallyByUnit(em, period));
            Map<String, DossierCounts> answered = db.inTransaction(em -> new JpaStatisticsRepository(em)
                    .dossierStatistics(DossierStatisticsQuery.of(period, DossierStatisticsCriteria.any(), DossierDimension.UNIT))
                    .stream().collect(toMap(s -> s.unit().code(), DossierStatistics::counts)));
            assertThat(answered).as("%s", period).isEqualTo(expected);
        }
        Map<String, DossierCounts> afterEarlier = db.inTransaction(em -> tallyByUnit(em, earlier.next()));
        assertThat(afterEarlier).as("the fixture adds a dossier there").containsKey("XA1-MC");
    }

    @Test
    void shouldRefreshFromOneQuarterToALaterOne() {
        db.inTransaction(em -> {
            province.store(em);
            JpaDossierSummary summary = new JpaDossierSummary(em);
            List<Unit> units = List.of(unit(em, "D1-MC"));
            assertThatThrownBy(() -> summary.refresh(units, Period.year(2024), Period.year(2024)))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("INVALID_PERIOD"));
            assertThatThrownBy(() -> summary.refresh(units, Period.quarter(2024, 2), Period.quarter(2024, 1)))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("INVALID_PERIOD"));
            return null;
        });
    }

    /** Every unit's measures for the period, counted in Java from the dossiers as stored; units with nothing left out. */
    private static Map<String, DossierCounts> tallyByUnit(EntityManager em, Period period) {
        return em.createQuery("SELECT d FROM Dossier d", Dossier.class).getResultStream()
                .collect(groupingBy(d -> d.unit().code())).entrySet().stream()
                .map(e -> Map.entry(e.getKey(), DossierTally.of(e.getValue(), period)))
                .filter(e -> !e.getValue().isEmpty())
                .collect(toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Unit unit(EntityManager em, String code) {
        return em.createQuery("SELECT u FROM Unit u WHERE u.code = :code", Unit.class).setParameter("code", code).getSingleResult();
    }

    private static AdministrativeProcedure procedure(EntityManager em, String code) {
        return em.createQuery("SELECT p FROM AdministrativeProcedure p WHERE p.code = :code", AdministrativeProcedure.class)
                .setParameter("code", code).getSingleResult();
    }
}

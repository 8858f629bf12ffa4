package vn.cchc.persistence.jpa;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;

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
import vn.cchc.domain.dossier.DossierAttribute;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.DossierKind;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.PeriodWindows;
import vn.cchc.domain.period.ReportingCalendar;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.statistics.DossierCounts;
import vn.cchc.domain.statistics.DossierDimension;
import vn.cchc.domain.statistics.DossierRate;
import vn.cchc.domain.statistics.DossierStatistics;
import vn.cchc.domain.statistics.DossierStatisticsCriteria;
import vn.cchc.domain.statistics.DossierStatisticsQuery;
import vn.cchc.domain.statistics.RankingOrder;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitAttribute;
import vn.cchc.domain.unit.UnitKind;

/**
 * Dossier statistics of reporting periods on real Derby: a period counts the days of its reporting window
 * ({@link ReportingCalendar}, quý I năm 2022 from 15/12/2021 to 14/3/2022), read from the half-month summary when it
 * answers, counted from the dossiers otherwise, the same numbers either way and the same as a count in Java; calendar
 * periods answer as before.
 */
class JpaDossierReportingWindowTest {

    private static final ReportingCalendar CALENDAR = ReportingCalendar.DEFAULT;

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

    @Test
    void shouldCountQuarterIOf2022FromTheFifteenthOfDecemberToTheFourteenthOfMarch() {
        db.inTransaction(em -> {
            province.store(em);
            Unit shop = unit(em, "D1-MC");
            AdministrativeProcedure procedure = procedure(em, "PR1");
            // the edges of the window and of the calendar quarter, one dossier each, the 15/12 one online
            for (LocalDate day : List.of(LocalDate.of(2021, 12, 14), LocalDate.of(2021, 12, 15), LocalDate.of(2022, 3, 14),
                    LocalDate.of(2022, 3, 15))) {
                em.persist(new Dossier("EDGE-" + day, procedure, shop, day, day.plusDays(30),
                        day.getDayOfMonth() == 15 && day.getMonthValue() == 12 ? DossierChannel.ONLINE : DossierChannel.IN_PERSON,
                        DossierKind.NEW));
            }
            new JpaDossierSummary(em).refresh(List.of(shop), Period.quarter(2021, 4), Period.quarter(2022, 1));
            return null;
        });
        Period q1 = Period.quarter(2022, 1);
        assertThat(CALENDAR.windowStart(q1)).isEqualTo(LocalDate.of(2021, 12, 15));
        assertThat(CALENDAR.windowEnd(q1)).isEqualTo(LocalDate.of(2022, 3, 14));
        long inWindow = db.inTransaction(em -> em.createQuery("SELECT COUNT(d) FROM Dossier d WHERE d.receivedOn BETWEEN :from AND :to",
                Long.class).setParameter("from", LocalDate.of(2021, 12, 15)).setParameter("to", LocalDate.of(2022, 3, 14)).getSingleResult());
        assertThat(inWindow).as("the dossiers planted on 15/12 and 14/3").isEqualTo(2);

        DossierCounts reporting = total(q1, CALENDAR);
        assertThat(reporting.received()).isEqualTo(inWindow);
        assertThat(reporting.online()).as("the one of 15/12").isEqualTo(1);
        assertThat(reporting.carriedOver()).as("the one of 14/12, open").isEqualTo(1);
        assertThat(reporting.inProgressNotDue()).as("the one of 14/3, due 13/4").isEqualTo(1);
        assertThat(reporting.inProgressOverdue()).as("those of 14/12 and 15/12, due in January").isEqualTo(2);
        DossierCounts calendar = total(q1, PeriodWindows.CALENDAR);
        assertThat(calendar.received()).as("14/3 and 15/3").isEqualTo(2);
        assertThat(calendar.carriedOver()).as("14/12 and 15/12").isEqualTo(2);
        assertThat(calendar.online()).isZero();
        boolean covered = db.inTransaction(em -> new JpaDossierSummary(em).covers(LocalDate.of(2021, 12, 15), LocalDate.of(2022, 3, 14)));
        assertThat(covered).as("the half-month summary answers it").isTrue();
        // the same numbers counted from the dossiers, in Java
        assertThat(reporting).isEqualTo(db.inTransaction(em -> DossierTally.of(allDossiers(em), LocalDate.of(2021, 12, 15),
                LocalDate.of(2022, 3, 14))));
        assertThat(calendar).isEqualTo(db.inTransaction(em -> DossierTally.of(allDossiers(em), q1)));
    }

    /** Periods, groupings and filters on the unit that the half-month summary answers, and some it cannot. */
    private static List<DossierStatisticsQuery> queries(PeriodWindows windows) {
        List<DossierStatisticsQuery> queries = new ArrayList<>();
        List<DossierStatisticsCriteria> filters = List.of(DossierStatisticsCriteria.any(),
                DossierStatisticsCriteria.any().withDossiers(Condition.related(DossierAttribute.UNIT, new Condition.WithinSubtree("D1"))),
                DossierStatisticsCriteria.any().withSubtrees(Condition.eq(UnitAttribute.KIND, UnitKind.DEPARTMENT)),
                // not on the unit alone: counted from the dossiers
                DossierStatisticsCriteria.any().withDossiers(Condition.eq(DossierAttribute.CHANNEL, DossierChannel.ONLINE)));
        List<Set<DossierDimension>> groupings = List.of(Set.of(), Set.of(DossierDimension.UNIT), Set.of(DossierDimension.UNIT_SUBTREE),
                Set.of(DossierDimension.CHANNEL));
        for (int year = 2023; year <= 2024; year++) {
            List<Period> periods = new ArrayList<>(List.of(Period.halfYear(year, 1), Period.halfYear(year, 2), Period.nineMonths(year),
                    Period.year(year)));
            for (int q = 1; q <= 4; q++) {
                periods.add(Period.quarter(year, q));
            }
            for (Period period : periods) {
                for (Set<DossierDimension> g : groupings) {
                    for (DossierStatisticsCriteria filter : filters) {
                        queries.add(new DossierStatisticsQuery(period, null, g, filter, windows));
                    }
                }
            }
        }
        for (Set<DossierDimension> g : groupings) {
            for (DossierDimension time : List.of(DossierDimension.QUARTER, DossierDimension.YEAR)) {
                Set<DossierDimension> withTime = EnumSet.of(time);
                withTime.addAll(g);
                queries.add(new DossierStatisticsQuery(Period.quarter(2023, 1), Period.quarter(2024, 4), withTime, filters.get(0), windows));
                queries.add(new DossierStatisticsQuery(Period.quarter(2023, 1), Period.quarter(2024, 4), withTime, filters.get(1), windows));
            }
        }
        return queries;
    }

    @Test
    void shouldGiveFromTheHalfMonthsWhatTheDossiersGive() {
        db.inTransaction(em -> {
            province.storeRecords(em);
            return null;
        });
        List<DossierStatisticsQuery> queries = queries(CALENDAR);
        Map<DossierStatisticsQuery, List<String>> fromDossiers = answers(queries);
        db.inTransaction(em -> {
            new JpaDossierSummary(em).buildIfMissing();
            return null;
        });
        Map<DossierStatisticsQuery, List<String>> fromSummary = answers(queries);
        assertThat(fromSummary).isEqualTo(fromDossiers);
        assertThat(fromSummary.values().stream().filter(rows -> !rows.isEmpty()).count())
                .as("most queries find dossiers").isGreaterThan(queries.size() * 3L / 4);
        // and each unit's window, counted in Java
        for (Period period : List.of(Period.quarter(2023, 1), Period.quarter(2024, 2), Period.halfYear(2024, 1), Period.year(2024))) {
            Map<String, DossierCounts> expected = db.inTransaction(em -> tallyByUnit(em, CALENDAR.windowStart(period),
                    CALENDAR.windowEnd(period)));
            Map<String, DossierCounts> answered = db.inTransaction(em -> new JpaStatisticsRepository(em)
                    .dossierStatistics(new DossierStatisticsQuery(period, null, Set.of(DossierDimension.UNIT),
                            DossierStatisticsCriteria.any(), CALENDAR))
                    .stream().collect(toMap(s -> s.unit().code(), DossierStatistics::counts)));
            assertThat(answered).as("%s", period).isEqualTo(expected).isNotEmpty();
        }
    }

    @Test
    void shouldAnswerCalendarPeriodsAsBefore() {
        db.inTransaction(em -> {
            province.store(em);
            return null;
        });
        List<DossierStatisticsQuery> byCalendar = queries(PeriodWindows.CALENDAR);
        List<DossierStatisticsQuery> unchanged = byCalendar.stream()
                .map(q -> new DossierStatisticsQuery(q.period(), q.through(), q.groupBy(), q.criteria())).toList();
        assertThat(answers(byCalendar).values()).containsExactlyElementsOf(answers(unchanged).values());
        Period q2 = Period.quarter(2024, 2);
        Map<String, DossierCounts> calendar = db.inTransaction(em -> new JpaStatisticsRepository(em)
                .dossierStatistics(DossierStatisticsQuery.of(q2, DossierStatisticsCriteria.any(), DossierDimension.UNIT))
                .stream().collect(toMap(s -> s.unit().code(), DossierStatistics::counts)));
        assertThat(calendar).isEqualTo(db.inTransaction(em -> tallyByUnit(em, q2.startDate(), q2.endDate())));
    }

    @Test
    void shouldKeepTheHalfMonthsUpToDateOnAWrite() {
        db.inTransaction(em -> {
            province.store(em);
            return null;
        });
        Period q2 = Period.quarter(2024, 2);
        LocalDate windowStart = CALENDAR.windowStart(q2);
        DossierCounts before = total(q2, CALENDAR);
        db.inTransaction(em -> {
            Unit shop = unit(em, "D2-MC");
            em.persist(new Dossier("W-1", procedure(em, "PR2"), shop, windowStart, windowStart.plusDays(3), DossierChannel.ONLINE,
                    DossierKind.NEW));
            Dossier open = em.createQuery("SELECT d FROM Dossier d WHERE d.code = 'E-3'", Dossier.class).getSingleResult();
            open.resolve(LocalDate.of(2024, 3, 20));
            new JpaDossierSummary(em).refresh(List.of(shop, open.unit()), Period.quarter(2024, 1), q2);
            return null;
        });
        DossierCounts after = total(q2, CALENDAR);
        assertThat(after.received()).isEqualTo(before.received() + 1);
        assertThat(after.online()).isEqualTo(before.online() + 1);
        assertThat(after).isEqualTo(db.inTransaction(em -> DossierTally.of(allDossiers(em), windowStart, CALENDAR.windowEnd(q2))));
        Map<String, DossierCounts> tallied = db.inTransaction(em -> tallyByUnit(em, windowStart, CALENDAR.windowEnd(q2)));
        Map<String, DossierCounts> answered = db.inTransaction(em -> new JpaStatisticsRepository(em).dossierStatistics(
                new DossierStatisticsQuery(q2, null, Set.of(DossierDimension.UNIT), DossierStatisticsCriteria.any(), CALENDAR))
                .stream().collect(toMap(s -> s.unit().code(), DossierStatistics::counts)));
        assertThat(answered).isEqualTo(tallied);
    }

    @Test
    void shouldRankByADossierRateOverTheReportingWindow() {
        db.inTransaction(em -> {
            province.store(em);
            return null;
        });
        Period q2 = Period.quarter(2024, 2);
        Condition departments = Condition.eq(UnitAttribute.KIND, UnitKind.DEPARTMENT);
        Map<String, DossierCounts> subtrees = db.inTransaction(em -> new JpaStatisticsRepository(em)
                .dossierStatistics(new DossierStatisticsQuery(q2, null, Set.of(DossierDimension.UNIT_SUBTREE),
                        DossierStatisticsCriteria.any().withSubtrees(departments), CALENDAR))
                .stream().collect(toMap(s -> s.subtree().code(), DossierStatistics::counts)));
        var ranking = db.inTransaction(em -> new JpaStatisticsRepository(em)
                .rankByDossierRate(DossierRate.ONLINE, departments, q2, RankingOrder.HIGHEST_FIRST, CALENDAR));
        assertThat(ranking.entries()).isNotEmpty().allSatisfy(entry -> assertThat(entry.value().flatMap(v -> v.ratio()))
                .isEqualTo(DossierRate.ONLINE.of(subtrees.getOrDefault(entry.unit().code(), DossierCounts.NONE))));
        assertThat(ranking.entries()).anySatisfy(entry -> assertThat(entry.value()).isPresent());
    }

    private DossierCounts total(Period period, PeriodWindows windows) {
        return db.inTransaction(em -> {
            List<DossierStatistics> rows = new JpaStatisticsRepository(em).dossierStatistics(new DossierStatisticsQuery(period, null,
                    Set.of(), DossierStatisticsCriteria.any(), windows));
            assertThat(rows).hasSize(1);
            return rows.get(0).counts();
        });
    }

    private Map<DossierStatisticsQuery, List<String>> answers(List<DossierStatisticsQuery> queries) {
        return db.inTransaction(em -> {
            JpaStatisticsRepository repository = new JpaStatisticsRepository(em);
            Map<DossierStatisticsQuery, List<String>> answers = new LinkedHashMap<>();
            queries.forEach(q -> answers.put(q, repository.dossierStatistics(q).stream().map(s -> String.join("|",
                    s.period().toString(), s.unit() == null ? "-" : s.unit().code(), s.subtree() == null ? "-" : s.subtree().code(),
                    String.valueOf(s.channel()), s.counts().toString())).toList()));
            return answers;
        });
    }

    private static List<Dossier> allDossiers(EntityManager em) {
        return em.createQuery("SELECT d FROM Dossier d", Dossier.class).getResultList();
    }

    private static Map<String, DossierCounts> tallyByUnit(EntityManager em, LocalDate start, LocalDate end) {
        return allDossiers(em).stream().collect(groupingBy(d -> d.unit().code())).entrySet().stream()
                .map(e -> Map.entry(e.getKey(), DossierTally.of(e.getValue(), start, end)))
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

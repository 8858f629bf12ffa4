package vn.cchc.persistence.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.document.LinkType;
import vn.cchc.domain.document.Plan;
import vn.cchc.domain.document.PlanTask;
import vn.cchc.domain.document.PlanTaskStatus;
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.DossierKind;
import vn.cchc.domain.dossier.DossierStatus;
import vn.cchc.domain.indicator.StandardIndicators;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.ReportingCalendar;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.OnlineService;
import vn.cchc.domain.procedure.OnlineServiceChange;
import vn.cchc.domain.report.ReportStatus;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;
import vn.cchc.persistence.jpa.DerbyDatabase;
import vn.cchc.persistence.jpa.JpaDossierRepository;
import vn.cchc.persistence.jpa.JpaIndicatorRepository;
import vn.cchc.persistence.jpa.JpaProcedureRepository;
import vn.cchc.persistence.jpa.JpaUnitRepository;
import vn.cchc.persistence.jpa.SampleRepositories;
import vn.cchc.sampledata.demo.DemoProvince;
import vn.cchc.sampledata.demo.PlantedContradictions;
import vn.cchc.sampledata.demo.PlantedContradictions.Plant;
import vn.cchc.sampledata.sample.NgheAnSample;

/** The demo province loaded next to the Nghệ An sample on a real Derby, and read back through JPA and JPQL. */
class DemoProvinceTest {

    private static final int SIZE = 5_000;
    private static final LocalDate FIRST_DAY = DemoProvince.FIRST_QUARTER.startDate();
    private static final LocalDate LAST_DAY = DemoProvince.LAST_QUARTER.endDate();

    private static DerbyDatabase db;
    private static DemoProvince.Counts counts;

    @BeforeAll
    static void load() {
        db = new DerbyDatabase();
        counts = db.inTransaction(em -> {
            addStandardIndicators(em);
            new NgheAnSample(SampleRepositories.on(em)).load();
            return new DemoProvince(DemoProvince.SEED, SIZE).load(SampleRepositories.on(em));
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static void addStandardIndicators(EntityManager em) {
        JpaIndicatorRepository indicators = new JpaIndicatorRepository(em);
        StandardIndicators.all().forEach(indicators::add);
    }

    private static long count(String jpql, Object... parameters) {
        return db.inTransaction(em -> {
            var query = em.createQuery(jpql, Long.class);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getSingleResult();
        });
    }

    private static long dossiers(String condition, Object... parameters) {
        return count("SELECT COUNT(d) FROM Dossier d WHERE " + condition, parameters);
    }

    private static List<Period> quarters() {
        List<Period> quarters = new ArrayList<>();
        for (Period p = DemoProvince.FIRST_QUARTER; p.compareTo(DemoProvince.LAST_QUARTER) <= 0; p = p.next()) {
            quarters.add(p);
        }
        return quarters;
    }

    @Test
    void shouldStoreExactlyTheRequestedNumberOfDossiersAndWhatItCounted() {
        assertThat(count("SELECT COUNT(d) FROM Dossier d")).isEqualTo(SIZE).isEqualTo(counts.dossiers());
        assertThat(count("SELECT COUNT(u) FROM Unit u WHERE u.code LIKE 'MH-%'")).isEqualTo(counts.units());
        assertThat(count("SELECT COUNT(p) FROM AdministrativeProcedure p WHERE p.code LIKE 'MH-%'"))
                .isEqualTo(counts.procedures()).isBetween(300L, 1_000L);
        assertThat(count("SELECT COUNT(r) FROM Report r WHERE r.unit.code LIKE 'MH-%'")).isEqualTo(counts.reports()).isEqualTo(20 * 16);
        assertThat(count("SELECT COUNT(o) FROM Observation o WHERE o.unit.code LIKE 'MH-%'"))
                .as("ten a report, the two slices of the planted breakdown, no online share of a window without dossiers")
                .isEqualTo(counts.observations()).isEqualTo(20 * 16 * 10 + 2 - windowsWithoutDossiers());
    }

    @Test
    void shouldRefuseTooSmallASize() {
        assertThatThrownBy(() -> new DemoProvince(DemoProvince.SEED, DemoProvince.MIN_DOSSIERS - 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldGiveTheSameDataForTheSameSeedAndSizeAndOtherDataForAnotherSeed() {
        List<String> loaded = db.inTransaction(DemoProvinceTest::fingerprint);
        assertThat(loaded).hasSize(6);

        List<String> again = loadedElsewhere(DemoProvince.SEED);
        List<String> otherSeed = loadedElsewhere(DemoProvince.SEED + 1);

        assertThat(again).isEqualTo(loaded);
        assertThat(otherSeed.subList(1, 6)).as("everything but the counts of the catalogue depends on the seed")
                .doesNotContainAnyElementsOf(loaded.subList(1, 6));
    }

    private static List<String> loadedElsewhere(long seed) {
        try (DerbyDatabase other = new DerbyDatabase()) {
            other.inTransaction(em -> {
                addStandardIndicators(em);
                return new DemoProvince(seed, SIZE).load(SampleRepositories.on(em));
            });
            return other.inTransaction(DemoProvinceTest::fingerprint);
        }
    }

    /** Counts, and checksums over samples of each kind of generated record. */
    private static List<String> fingerprint(EntityManager em) {
        List<String> print = new ArrayList<>();
        print.add("units=" + em.createQuery("SELECT COUNT(u) FROM Unit u WHERE u.code LIKE 'MH-%'", Long.class).getSingleResult()
                + " procedures=" + em.createQuery("SELECT COUNT(p) FROM AdministrativeProcedure p WHERE p.code LIKE 'MH-%'",
                Long.class).getSingleResult());
        print.add("statuses " + em.createQuery("SELECT d.status, COUNT(d) FROM Dossier d GROUP BY d.status ORDER BY d.status",
                Object[].class).getResultList().stream().map(r -> r[0] + "=" + r[1]).collect(Collectors.joining(",")));
        print.add("dossiers " + sha256(em.createQuery("SELECT d FROM Dossier d ORDER BY d.unit.code, d.code", Dossier.class)
                .setMaxResults(500).getResultList().stream()
                .map(d -> d.code() + d.procedure().code() + d.receivedOn() + d.dueOn() + d.closedOn().orElse(null) + d.channel()
                        + d.kind() + d.status()).toList()));
        print.add("last dossiers " + sha256(em.createQuery("SELECT d FROM Dossier d ORDER BY d.receivedOn DESC, d.unit.code, d.code",
                Dossier.class).setMaxResults(500).getResultList().stream().map(d -> d.code() + d.status()).toList()));
        print.add("online levels " + sha256(em.createQuery("SELECT p FROM AdministrativeProcedure p WHERE p.code LIKE 'MH-%' ORDER BY p.code",
                AdministrativeProcedure.class).getResultList().stream()
                .map(p -> p.code() + p.onlineServiceChanges().stream().map(OnlineServiceChange::toString).toList()).toList()));
        print.add("observations " + sha256(em.createQuery("SELECT o.unit.code, o.period.year, o.period.number, o.indicator.code,"
                + " o.value.value, o.breakdownKey FROM Observation o WHERE o.unit.code LIKE 'MH-%'"
                + " ORDER BY o.unit.code, o.period.year, o.period.number, o.indicator.code, o.breakdownKey",
                Object[].class).getResultList().stream().map(r -> r[0] + " " + r[1] + " " + r[2] + " " + r[3] + " " + r[4] + " " + r[5])
                .toList()));
        return print;
    }

    private static String sha256(List<String> lines) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            lines.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return lines.size() + ":" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldPlanEveryYearForTheProvinceAndEachDepartmentWithTasksThatKeepThePlansRules() {
        List<Plan> plans = db.inTransaction(em -> {
            List<Plan> found = em.createQuery("SELECT p FROM Plan p WHERE p.issuer.code LIKE 'MH-%' ORDER BY p.id", Plan.class)
                    .getResultList();
            found.forEach(p -> p.tasks().forEach(t -> t.coordinatingUnits().size()));
            return found;
        });
        assertThat(plans).hasSize(counts.plans()).hasSize(4 * 21);
        List<PlanTask> tasks = plans.stream().flatMap(p -> p.tasks().stream()).toList();
        assertThat(tasks).hasSize(counts.planTasks());
        assertThat(plans).allSatisfy(p -> {
            assertThat(p.tasks()).extracting(PlanTask::number)
                    .isEqualTo(IntStream.rangeClosed(1, p.tasks().size()).boxed().toList());
            p.requireTasksFit(p.issuedOn().orElseThrow());
            assertThat(p.tasks()).allSatisfy(t -> {
                assertThat(t.completedOn().isPresent()).isEqualTo(t.status() == PlanTaskStatus.DONE);
                t.completedOn().ifPresent(day -> assertThat(day).isBeforeOrEqualTo(LAST_DAY));
            });
        });
        assertThat(plans).filteredOn(p -> p.issuer().kind() == UnitKind.DEPARTMENT).hasSize(4 * 20).allSatisfy(p ->
                assertThat(p.links()).singleElement().satisfies(l -> {
                    assertThat(l.type()).isEqualTo(LinkType.IMPLEMENTS);
                    assertThat(l.target().issuer().code()).isEqualTo(DemoProvince.PEOPLES_COMMITTEE);
                    assertThat(((Plan) l.target()).planYear()).isEqualTo(p.planYear());
                }));
        assertThat(tasks).extracting(PlanTask::status).contains(PlanTaskStatus.values());
        assertThat(tasks).filteredOn(t -> t.isOverdueOn(LAST_DAY.plusDays(1))).as("overdue when the data ends").isNotEmpty();
        assertThat(tasks).filteredOn(t -> t.completedOn().isPresent() && t.deadline().isPresent()
                && t.completedOn().get().isAfter(t.deadline().get())).as("done after the deadline").isNotEmpty();
    }

    @Test
    void shouldKeepTheInvariantsOfEveryDossier() {
        assertThat(dossiers("d.dueOn < d.receivedOn")).isZero();
        assertThat(dossiers("d.closedOn < d.receivedOn")).isZero();
        assertThat(dossiers("d.receivedOn < ?1 OR d.receivedOn > ?2 OR d.closedOn > ?2", FIRST_DAY, LAST_DAY)).isZero();
        List<DossierStatus> open = List.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS);
        assertThat(dossiers("d.status IN ?1 AND d.closedOn IS NOT NULL", open)).isZero();
        assertThat(dossiers("d.status NOT IN ?1 AND d.closedOn IS NULL", open)).isZero();
        assertThat(dossiers("d.status = ?1 AND d.closedOn >= d.dueOn", DossierStatus.RESOLVED_EARLY)).isZero();
        assertThat(dossiers("d.status = ?1 AND d.closedOn <> d.dueOn", DossierStatus.RESOLVED_ON_TIME)).isZero();
        assertThat(dossiers("d.status = ?1 AND d.closedOn <= d.dueOn", DossierStatus.RESOLVED_LATE)).isZero();
        // received by the one-stop shop of the department competent for the procedure
        assertThat(dossiers("d.unit.kind <> ?1 OR d.unit.parent <> d.procedure.competentUnit", UnitKind.ONE_STOP_SHOP)).isZero();
    }

    @Test
    void shouldHaveEveryOutcomeWithFewLateOnes() {
        for (DossierStatus status : DossierStatus.values()) {
            assertThat(dossiers("d.status = ?1", status)).as(status.name()).isPositive();
        }
        assertThat(dossiers("d.status = ?1", DossierStatus.RESOLVED_LATE)).isLessThan(SIZE / 10);
        assertThat(dossiers("d.status IN ?1", List.of(DossierStatus.RESOLVED_EARLY, DossierStatus.RESOLVED_ON_TIME)))
                .isGreaterThan(SIZE * 8 / 10);
        for (DossierKind kind : DossierKind.values()) {
            assertThat(dossiers("d.kind = ?1", kind)).as(kind.name()).isPositive();
        }
    }

    @Test
    void shouldSpanSixteenQuartersWithSeasonsAndGrowth() {
        List<Period> quarters = quarters();
        assertThat(quarters).hasSize(16);
        long[] received = new long[quarters.size()];
        for (int q = 0; q < quarters.size(); q++) {
            received[q] = dossiers("d.receivedOn BETWEEN ?1 AND ?2", quarters.get(q).startDate(), quarters.get(q).endDate());
            assertThat(received[q]).as(quarters.get(q).toString()).isPositive();
        }
        for (int year = 0; year < 4; year++) {
            assertThat(received[4 * year]).as("Q1, with Tết, is quieter than Q4 in year " + (2022 + year))
                    .isLessThan(received[4 * year + 3]);
        }
        assertThat(received[12] + received[13] + received[14] + received[15])
                .isGreaterThan(received[0] + received[1] + received[2] + received[3]);
    }

    @Test
    void shouldCarryDossiersOverAndKeepSomeOpenAtTheEnd() {
        long carriedOver = 0;
        for (Period q : quarters()) {
            carriedOver += dossiers("d.receivedOn BETWEEN ?1 AND ?2 AND (d.closedOn > ?2 OR d.closedOn IS NULL)",
                    q.startDate(), q.endDate());
        }
        assertThat(carriedOver).isGreaterThan(SIZE / 100);
        assertThat(dossiers("d.closedOn IS NULL AND d.receivedOn < ?1", DemoProvince.LAST_QUARTER.startDate()))
                .as("open since an earlier quarter").isPositive();
        assertThat(dossiers("d.closedOn IS NULL AND d.dueOn < ?1", LAST_DAY)).as("overdue on the last day").isPositive();
    }

    @Test
    void shouldReceiveMoreOnlineAsYearsPass() {
        double share2022 = onlineShare(2022);
        double share2025 = onlineShare(2025);
        assertThat(share2022).isBetween(0.05, 0.5);
        assertThat(share2025).isGreaterThan(share2022 * 1.5);
        assertThat(dossiers("d.channel = ?1", DossierChannel.POST)).isPositive();
    }

    private static double onlineShare(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return (double) dossiers("d.channel = ?1 AND d.receivedOn BETWEEN ?2 AND ?3", DossierChannel.ONLINE, from, to)
                / dossiers("d.receivedOn BETWEEN ?1 AND ?2", from, to);
    }

    @Test
    void shouldReceiveOnlineOnlyWhatIsOfferedOnlineOnTheDay() {
        List<Dossier> online = db.inTransaction(em -> em.createQuery("SELECT d FROM Dossier d WHERE d.channel = :online",
                Dossier.class).setParameter("online", DossierChannel.ONLINE).getResultList());
        assertThat(online).isNotEmpty().allSatisfy(d -> assertThat(d.procedure().onlineServiceOn(d.receivedOn()))
                .hasValueSatisfying(s -> assertThat(s).isNotEqualTo(OnlineService.NONE)));
    }

    @Test
    void shouldMarkEveryDemoUnitGeneratedAndNoSampleUnit() {
        List<Unit> units = db.inTransaction(em -> em.createQuery("SELECT u FROM Unit u", Unit.class).getResultList());
        List<Unit> demo = units.stream().filter(u -> u.path().startsWith("/" + DemoProvince.PROVINCE + "/")).toList();
        List<Unit> others = units.stream().filter(u -> !demo.contains(u)).toList();

        assertThat(demo).hasSize(counts.units()).allSatisfy(u -> {
            assertThat(u.isGenerated()).as(u.code()).isTrue();
            assertThat(u.code()).startsWith(DemoProvince.CODE_PREFIX);
        });
        assertThat(others).as("the Nghệ An sample").isNotEmpty().allSatisfy(u -> {
            assertThat(u.isGenerated()).as(u.code()).isFalse();
            assertThat(u.code()).doesNotStartWith(DemoProvince.CODE_PREFIX);
        });
        assertThat(demo).filteredOn(u -> u.kind() == UnitKind.PROVINCE).singleElement()
                .satisfies(u -> assertThat(u.name()).contains("Minh Họa").contains("dữ liệu mô phỏng"));
        Map<UnitKind, Long> byKind = demo.stream().collect(Collectors.groupingBy(Unit::kind, Collectors.counting()));
        assertThat(byKind).containsEntry(UnitKind.DEPARTMENT, 20L).containsEntry(UnitKind.DEPARTMENT_OFFICE, 20L)
                .containsEntry(UnitKind.ONE_STOP_SHOP, 20L).containsEntry(UnitKind.DISTRICT, 10L);
        assertThat(byKind.get(UnitKind.COMMUNE)).isBetween(100L, 200L);
        assertThat(demo).filteredOn(u -> u.kind() == UnitKind.PUBLIC_SERVICE_UNIT).hasSizeGreaterThan(20)
                .allSatisfy(u -> assertThat(u.autonomyRegime()).isPresent());
    }

    @Test
    void shouldChangeOnlineLevelsOverTime() {
        List<AdministrativeProcedure> procedures = db.inTransaction(em -> em.createQuery(
                "SELECT p FROM AdministrativeProcedure p WHERE p.code LIKE 'MH-%'", AdministrativeProcedure.class).getResultList());
        LocalDate decree42 = LocalDate.of(2022, 8, 1);

        assertThat(procedures).allSatisfy(p -> {
            assertThat(p.onlineServiceChanges()).isNotEmpty();
            assertThat(p.onlineServiceChanges().get(0).effectiveFrom()).isEqualTo(FIRST_DAY);
            assertThat(p.onlineService()).isEqualTo(p.onlineServiceOn(LAST_DAY));
            assertThat(p.onlineServiceChanges()).filteredOn(c -> !c.effectiveFrom().isBefore(decree42))
                    .allSatisfy(c -> assertThat(c.legacyLevel()).as("after Nghị định 42/2022").isEmpty());
        });
        List<AdministrativeProcedure> changed = procedures.stream()
                .filter(p -> !p.onlineServiceOn(FIRST_DAY).equals(p.onlineServiceOn(LAST_DAY))).toList();
        assertThat(changed).hasSizeGreaterThan(procedures.size() / 4);
        assertThat(full(procedures, LAST_DAY)).isGreaterThan(full(procedures, FIRST_DAY) + procedures.size() / 10);
        assertThat(procedures).flatExtracting(AdministrativeProcedure::onlineServiceChanges)
                .extracting(OnlineServiceChange::service).contains(OnlineService.NONE, OnlineService.PARTIAL, OnlineService.FULL);
    }

    private static long full(List<AdministrativeProcedure> procedures, LocalDate day) {
        return procedures.stream().filter(p -> p.onlineServiceOn(day).orElseThrow() == OnlineService.FULL).count();
    }

    @Test
    void shouldReportEveryIndicatorForEveryDepartmentAndQuarter() {
        List<Object[]> groups = db.inTransaction(em -> em.createQuery("SELECT o.unit.code, o.period.year, o.period.number,"
                + " COUNT(DISTINCT o.indicator.code), COUNT(o) FROM Observation o WHERE o.unit.code LIKE 'MH-%'"
                + " GROUP BY o.unit.code, o.period.year, o.period.number", Object[].class).getResultList());
        Plant breakdown = plant("BREAKDOWN_NOT_ADDING_UP");
        assertThat(groups).hasSize(20 * 16).allSatisfy(g -> {
            long indicators = (Long) g[3];
            assertThat(indicators).as("indicators of %s %s-Q%s", g[0], g[1], g[2]).isBetween(9L, 10L);
            assertThat(g[4]).isEqualTo(indicators + (planted(breakdown, g) ? 2 : 0));
        });
        assertThat(groups.stream().filter(g -> (Long) g[3] == 9L).count()).as("only the online share is left out")
                .isEqualTo(windowsWithoutDossiers());
        Plant unsent = plant("PERIOD_NOT_REPORTED");
        List<Object[]> unsentReports = db.inTransaction(em -> em.createQuery("SELECT r.unit.code, r.period.year, r.period.number"
                + " FROM Report r WHERE r.unit.code LIKE 'MH-%' AND r.status NOT IN ?1", Object[].class)
                .setParameter(1, List.of(ReportStatus.APPROVED, ReportStatus.SUBMITTED)).getResultList());
        assertThat(unsentReports).as("only the planted unsent report").hasSize(1);
        assertThat(planted(unsent, unsentReports.get(0))).isTrue();
        assertThat(count("SELECT COUNT(r) FROM Report r WHERE r.unit.code LIKE 'MH-%' AND r.status = ?1",
                ReportStatus.APPROVED)).isGreaterThan(20 * 13);
        assertThat(count("SELECT COUNT(r) FROM Report r WHERE r.unit.code LIKE 'MH-%' AND r.period.year = 2025"
                + " AND r.period.number = 4 AND r.status = ?1", ReportStatus.SUBMITTED)).isEqualTo(20);
        assertThat(count("SELECT COUNT(i) FROM ReportItem i JOIN i.observations o WHERE o.unit.code LIKE 'MH-%'"))
                .as("every observation is stated by an item").isEqualTo(counts.observations());
    }

    @Test
    void shouldReportDossierFiguresCloseToButNotAlwaysEqualToTheRecords() {
        List<Object[]> reported = db.inTransaction(em -> em.createQuery("SELECT o.unit.code, o.period.year, o.period.number,"
                + " o.value.value FROM Observation o WHERE o.indicator.code = :received AND o.unit.code LIKE 'MH-%'"
                + " AND o.breakdownKey = ''", Object[].class)
                .setParameter("received", StandardIndicators.DOSSIERS_RECEIVED).getResultList());
        int equal = 0;
        Plant offRecords = plant("REPORTED_VS_COMPUTED");
        for (Object[] r : reported) {
            if (planted(offRecords, r)) {
                continue;
            }
            Period q = Period.quarter((Integer) r[1], (Integer) r[2]);
            // the quarter's reporting window, as departments report
            long recorded = dossiers("d.unit.parent.code = ?1 AND d.receivedOn BETWEEN ?2 AND ?3", r[0],
                    ReportingCalendar.DEFAULT.windowStart(q), ReportingCalendar.DEFAULT.windowEnd(q));
            double value = (Double) r[3];
            assertThat(value).as("%s %s", r[0], q).isCloseTo(recorded, within(recorded * 0.03 + 1));
            equal += value == recorded ? 1 : 0;
        }
        assertThat(reported).hasSize(20 * 16);
        assertThat(equal).isGreaterThan(reported.size() / 2).isLessThan(reported.size());
    }

    /** The reports that received no dossier in their window, so that they state no online share. */
    private static long windowsWithoutDossiers() {
        return count("SELECT COUNT(o) FROM Observation o WHERE o.unit.code LIKE 'MH-%' AND o.indicator.code = ?1 AND o.value.value = 0",
                StandardIndicators.DOSSIERS_RECEIVED);
    }

    private static Plant plant(String rule) {
        return PlantedContradictions.ALL.stream().filter(p -> p.rule().equals(rule)).findFirst().orElseThrow();
    }

    /** Whether the row's first three columns (unit code, year, quarter) are the plant's report. */
    private static boolean planted(Plant plant, Object[] row) {
        return row[0].equals(plant.unitCode()) && row[1].equals(plant.period().year()) && row[2].equals(plant.period().number());
    }

    @Test
    void shouldReportTheOnlineLevelsTheProceduresHadAtTheQuarterEnd() {
        Period quarter = Period.quarter(2023, 2);
        long reported = db.inTransaction(em -> em.createQuery("SELECT o.value.numerator FROM Observation o"
                + " WHERE o.indicator.code = :code AND o.unit.code = 'MH-STP' AND o.period.year = 2023 AND o.period.number = 2",
                Long.class).setParameter("code", StandardIndicators.PROCEDURES_ONLINE_LEVEL3).getSingleResult());
        long offered = db.inTransaction(em -> em.createQuery("SELECT p FROM AdministrativeProcedure p WHERE p.competentUnit.code"
                + " = 'MH-STP'", AdministrativeProcedure.class).getResultList().stream()
                .filter(p -> p.onlineServiceOn(quarter.endDate()).orElseThrow() != OnlineService.NONE).count());
        assertThat(reported).isEqualTo(offered);
    }

    @Test
    void shouldTakeIdsThatJpaNeverGivesAgain() {
        long first = count("SELECT MIN(d.id) FROM Dossier d");
        long last = count("SELECT MAX(d.id) FROM Dossier d");
        assertThat(last - first + 1).as("one block of ids").isEqualTo(SIZE);
        for (String entity : List.of("Unit", "AdministrativeProcedure", "Report", "ReportSection", "ReportItem", "Observation")) {
            assertThat(count("SELECT COUNT(e) FROM " + entity + " e WHERE e.id BETWEEN ?1 AND ?2", first, last))
                    .as(entity + " ids inside the dossiers' block").isZero();
        }

        Dossier added = db.inTransaction(em -> {
            Unit shop = new JpaUnitRepository(em).findByCode("MH-STP-MC").orElseThrow();
            AdministrativeProcedure procedure = new JpaProcedureRepository(em).findByCode("MH-STP-001").orElseThrow();
            Dossier dossier = new Dossier("MH-STP-260105-0001", procedure, shop, LocalDate.of(2026, 1, 5),
                    LocalDate.of(2026, 1, 19), DossierChannel.ONLINE, DossierKind.NEW);
            new JpaDossierRepository(em).add(dossier);
            return dossier;
        });
        assertThat(added.id()).isGreaterThan(last);
        assertThat(count("SELECT COUNT(d) FROM Dossier d")).isEqualTo(SIZE + 1);
        db.inTransaction(em -> em.createQuery("DELETE FROM Dossier d WHERE d.id = :id").setParameter("id", added.id()).executeUpdate());
    }

    @Test
    void shouldLoadOnlyOnce() {
        boolean loaded = db.inTransaction(em -> DemoProvince.isLoaded(new JpaUnitRepository(em)));
        assertThat(loaded).isTrue();
        assertThatThrownBy(() -> db.inTransaction(em -> new DemoProvince(DemoProvince.SEED, SIZE).load(SampleRepositories.on(em))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(count("SELECT COUNT(d) FROM Dossier d")).isEqualTo(SIZE);
    }

    @Test
    void shouldLeaveNothingWhenALoadFails() {
        try (DerbyDatabase empty = new DerbyDatabase()) {
            // without the standard indicators the reports cannot be written: the load fails after the dossiers
            assertThatThrownBy(() -> empty.inTransaction(em -> new DemoProvince(DemoProvince.SEED, 1_000).load(SampleRepositories.on(em))))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("indicator");

            long left = empty.inTransaction(em -> em.createQuery("SELECT COUNT(d) FROM Dossier d", Long.class).getSingleResult()
                    + em.createQuery("SELECT COUNT(u) FROM Unit u", Long.class).getSingleResult()
                    + em.createQuery("SELECT COUNT(p) FROM AdministrativeProcedure p", Long.class).getSingleResult());
            assertThat(left).isZero();
            boolean loaded = empty.inTransaction(em -> DemoProvince.isLoaded(new JpaUnitRepository(em)));
            assertThat(loaded).isFalse();
        }
    }
}

package vn.cchc.sampledata.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.dossier.DossierRepository;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.OnlineService;
import vn.cchc.domain.procedure.OnlineServiceChange;
import vn.cchc.domain.procedure.ProcedureField;
import vn.cchc.domain.procedure.ProcedureRepository;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;
import vn.cchc.domain.unit.UnitRepository;
import vn.cchc.sampledata.Repositories;

/**
 * A generated province to try the application on at a realistic size: "Tỉnh Minh Họa (dữ liệu mô phỏng)", every
 * code starting with {@value #CODE_PREFIX}, every unit marked generated. Its People's Committee, 20 departments
 * with their offices, one-stop shops and public service units, 10 districts with their communes; a catalogue of
 * several hundred procedures whose online levels change over time; the dossiers of the departments' one-stop
 * shops from 2022-Q1 to 2025-Q4; each department's quarterly report with the standard indicators; and each year's
 * CCHC plans of the province and of every department, with their tasks and how far they got.
 *
 * <p>The same seed and size always give the same data. Everything goes through the domain's repositories: dossiers by
 * the bulk write ({@link DossierRepository#writeAll}, a batch of {@value #WRITE_BATCH} at a time, so that a million are
 * never in memory at once), after which the quarterly dossier summary is refreshed. Everything happens in the caller's
 * transaction: a load that fails leaves nothing.
 */
public final class DemoProvince {

    public static final String CODE_PREFIX = "MH-";
    public static final String PROVINCE = "MH-TINH";
    public static final String PEOPLES_COMMITTEE = "MH-UBND";
    public static final long SEED = 20_220_101L;
    public static final int DEFAULT_DOSSIERS = 50_000;
    /** Enough for every department to receive dossiers in every quarter. */
    public static final int MIN_DOSSIERS = 1_000;
    public static final Period FIRST_QUARTER = Period.quarter(2022, 1);
    public static final Period LAST_QUARTER = Period.quarter(2025, 4);
    static final int QUARTERS = 16;
    /** Dossiers handed to the bulk write at once: large enough for its JDBC batches, small enough to keep memory flat. */
    static final int WRITE_BATCH = 10_000;

    /** The day Nghị định 42/2022/NĐ-CP replaced the levels 1-4 with full and partial online services. */
    private static final LocalDate NEW_SCHEME = LocalDate.of(2022, 8, 1);
    /** Shares of the legacy levels 1 to 4 at the start of 2022. */
    private static final double[] INITIAL_LEVELS = {0.10, 0.45, 0.25, 0.20};
    private static final double LEGACY_UPGRADE = 0.25;
    private static final double QUARTERLY_UPGRADE_TO_PARTIAL = 0.08;
    private static final double QUARTERLY_UPGRADE_TO_FULL = 0.07;

    /** What a load stored. */
    public record Counts(int units, int procedures, int dossiers, int reports, int observations, int plans, int planTasks) {
    }

    private final long seed;
    private final int dossiers;

    /** @param dossiers how many dossiers to generate, at least {@value #MIN_DOSSIERS} */
    public DemoProvince(long seed, int dossiers) {
        if (dossiers < MIN_DOSSIERS) {
            throw new IllegalArgumentException("the demo province needs at least " + MIN_DOSSIERS + " dossiers, got " + dossiers);
        }
        this.seed = seed;
        this.dossiers = dossiers;
    }

    public static boolean isLoaded(UnitRepository units) {
        return units.findByCode(PROVINCE).isPresent();
    }

    /**
     * Stores the whole province in the caller's transaction, which must be active; the standard indicators must
     * exist. Nothing is committed here.
     */
    public Counts load(Repositories repositories) {
        UnitRepository units = repositories.units();
        if (isLoaded(units)) {
            throw new IllegalStateException("the demo province " + PROVINCE + " is already loaded");
        }
        SplittableRandom random = new SplittableRandom(seed);
        WorkCalendar calendar = new WorkCalendar();

        List<Unit> created = new ArrayList<>();
        Unit province = unit(created, PROVINCE, Catalogue.PROVINCE_NAME, "Tỉnh Minh Họa", UnitKind.PROVINCE, null);
        Unit committee = unit(created, PEOPLES_COMMITTEE, Catalogue.COMMITTEE_NAME, "UBND tỉnh Minh Họa",
                UnitKind.PEOPLES_COMMITTEE, province);
        List<DemoDepartment> departments = new ArrayList<>();
        for (Catalogue.Department spec : Catalogue.DEPARTMENTS) {
            departments.add(department(created, spec, committee));
        }
        for (Catalogue.District spec : Catalogue.DISTRICTS) {
            Unit district = unit(created, CODE_PREFIX + spec.code(), spec.name(), spec.shortName(), UnitKind.DISTRICT, committee);
            for (int c = 1; c <= spec.communes(); c++) {
                unit(created, district.code() + String.format(Locale.ROOT, "-X%02d", c),
                        spec.communeType() + " " + spec.communeStem() + " " + c, null, UnitKind.COMMUNE, district);
            }
        }
        created.forEach(units::add);
        int procedures = procedures(departments, repositories.procedures(), random, calendar);

        DossierSimulation simulation = new DossierSimulation(calendar, random, departments, FIRST_QUARTER, QUARTERS);
        Tally tally = new Tally(departments.size(), FIRST_QUARTER, QUARTERS);
        List<Dossier> batch = new ArrayList<>(WRITE_BATCH);
        simulation.run(simulation.allocate(dossiers), dossier -> {
            batch.add(dossier);
            if (batch.size() == WRITE_BATCH) {
                write(repositories.dossiers(), batch);
            }
        }, tally);
        write(repositories.dossiers(), batch);
        repositories.dossierSummary().refresh(created, FIRST_QUARTER, LAST_QUARTER);

        QuarterlyReports reports = new QuarterlyReports(random, repositories.reports(), repositories.observations(),
                repositories.indicators(), repositories.documents());
        reports.write(departments, tally, FIRST_QUARTER, QUARTERS, committee);
        // last, so that everything generated before stays as it was
        YearlyPlans plans = new YearlyPlans(random, calendar, repositories.documents(), LAST_QUARTER.endDate());
        plans.write(committee, departments, FIRST_QUARTER.year());
        return new Counts(created.size(), procedures, dossiers, reports.reportCount(), reports.observationCount(), plans.planCount(),
                plans.taskCount());
    }

    /** Writes the batch (its procedures and shops are stored: the bulk write flushes them first) and empties it. */
    private static void write(DossierRepository repository, List<Dossier> batch) {
        if (!batch.isEmpty()) {
            repository.writeAll(batch, Map.of());
            batch.clear();
        }
    }

    private static Unit unit(List<Unit> created, String code, String name, String shortName, UnitKind kind, Unit parent) {
        Unit unit = new Unit(code, name, shortName, kind, parent, null);
        unit.markGenerated();
        created.add(unit);
        return unit;
    }

    private static DemoDepartment department(List<Unit> created, Catalogue.Department spec, Unit committee) {
        String code = CODE_PREFIX + spec.symbol();
        Unit department = unit(created, code, spec.name(), spec.shortName(), UnitKind.DEPARTMENT, committee);
        Unit office = unit(created, code + "-VP", spec.officeName(), "Văn phòng", UnitKind.DEPARTMENT_OFFICE, department);
        Unit shop = unit(created, code + "-MC", "Bộ phận tiếp nhận và trả kết quả của " + spec.shortName(), "Bộ phận một cửa",
                UnitKind.ONE_STOP_SHOP, department);
        List<Unit> serviceUnits = new ArrayList<>();
        for (int i = 0; i < spec.serviceUnits().size(); i++) {
            Catalogue.ServiceUnit serviceUnit = spec.serviceUnits().get(i);
            Unit publicServiceUnit = unit(created, code + "-DV" + (i + 1), serviceUnit.name(), null, UnitKind.PUBLIC_SERVICE_UNIT, department);
            publicServiceUnit.assignAutonomyRegime(serviceUnit.regime());
            serviceUnits.add(publicServiceUnit);
        }
        return new DemoDepartment(spec, department, office, shop, serviceUnits);
    }

    /** Adds every department's procedures with their fields (shared between departments) and online histories. */
    private static int procedures(List<DemoDepartment> departments, ProcedureRepository repository, SplittableRandom random,
                                  WorkCalendar calendar) {
        Map<String, ProcedureField> fields = new LinkedHashMap<>();
        int count = 0;
        for (DemoDepartment department : departments) {
            for (Catalogue.Field fieldSpec : department.spec().fields()) {
                ProcedureField field = fields.computeIfAbsent(fieldSpec.code(), code -> {
                    ProcedureField created = new ProcedureField(code, fieldSpec.name());
                    repository.add(created);
                    return created;
                });
                if (!field.name().equals(fieldSpec.name())) {
                    throw new IllegalStateException("field " + field.code() + " has two names in the catalogue");
                }
                for (Catalogue.Procedure spec : fieldSpec.procedures()) {
                    count++;
                    AdministrativeProcedure procedure = new AdministrativeProcedure(
                            String.format(Locale.ROOT, "%s%s-%03d", CODE_PREFIX, department.spec().symbol(), department.procedures().size() + 1),
                            null, spec.name(), field, department.unit());
                    procedure.publicise();
                    onlineHistory(procedure, random, calendar);
                    repository.add(procedure);
                    department.add(procedure, spec);
                }
            }
        }
        return count;
    }

    /**
     * A level 1-4 at the start of 2022, maybe one level up before Nghị định 42/2022 took effect, then under the new
     * scheme a chance each quarter to go from none to partial, and from partial to full.
     */
    private static void onlineHistory(AdministrativeProcedure procedure, SplittableRandom random, WorkCalendar calendar) {
        int level = initialLevel(random);
        procedure.changeOnlineService(OnlineServiceChange.toLegacyLevel(FIRST_QUARTER.startDate(), level));
        if (level < OnlineService.HIGHEST_LEGACY_LEVEL && random.nextDouble() < LEGACY_UPGRADE) {
            LocalDate on = someWorkday(calendar, random, LocalDate.of(2022, 2, 1), NEW_SCHEME.minusDays(1));
            procedure.changeOnlineService(OnlineServiceChange.toLegacyLevel(on, level + 1));
        }
        OnlineService service = procedure.onlineService().orElseThrow();
        for (Period p = Period.quarterOf(NEW_SCHEME); p.compareTo(LAST_QUARTER) <= 0; p = p.next()) {
            double upgrade = switch (service) {
                case NONE -> QUARTERLY_UPGRADE_TO_PARTIAL;
                case PARTIAL -> QUARTERLY_UPGRADE_TO_FULL;
                case FULL -> 0;
            };
            if (random.nextDouble() < upgrade) {
                service = service == OnlineService.NONE ? OnlineService.PARTIAL : OnlineService.FULL;
                LocalDate from = p.startDate().isBefore(NEW_SCHEME) ? NEW_SCHEME : p.startDate();
                procedure.changeOnlineService(OnlineServiceChange.to(someWorkday(calendar, random, from, p.endDate()), service));
            }
        }
    }

    private static int initialLevel(SplittableRandom random) {
        double draw = random.nextDouble();
        int level = 1;
        while (level < INITIAL_LEVELS.length && draw >= INITIAL_LEVELS[level - 1]) {
            draw -= INITIAL_LEVELS[level - 1];
            level++;
        }
        return level;
    }

    private static LocalDate someWorkday(WorkCalendar calendar, SplittableRandom random, LocalDate from, LocalDate to) {
        List<LocalDate> days = calendar.workdaysBetween(from, to);
        return days.get(random.nextInt(days.size()));
    }
}

package vn.cchc.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.DossierKind;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.ProcedureField;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;

/**
 * A small made-up province for the statistics tests: four departments (one without dossiers), their one-stop shops,
 * two districts whose codes differ only where a LIKE wildcard would match ("X_1" and "XA1"), three procedures in
 * two fields, and dossiers over 2023-2024 with every fate, drawn from a fixed seed plus the edge cases of period
 * boundaries. The objects stay in memory after they are stored, so tests can count them in plain Java.
 */
final class StatisticsProvince {

    final Map<String, Unit> units = new LinkedHashMap<>();
    final Map<String, AdministrativeProcedure> procedures = new LinkedHashMap<>();
    final List<Dossier> dossiers = new ArrayList<>();

    StatisticsProvince() {
        Unit province = unit("P", UnitKind.PROVINCE, null);
        Unit committee = unit("P-UB", UnitKind.PEOPLES_COMMITTEE, province);
        for (String d : List.of("D1", "D2", "D3", "D4")) {
            unit(d, UnitKind.DEPARTMENT, committee);
        }
        unit("D1-MC", UnitKind.ONE_STOP_SHOP, units.get("D1"));
        unit("D1-VP", UnitKind.DEPARTMENT_OFFICE, units.get("D1"));
        unit("D2-MC", UnitKind.ONE_STOP_SHOP, units.get("D2"));
        unit("D3-MC", UnitKind.ONE_STOP_SHOP, units.get("D3"));
        unit("X_1-MC", UnitKind.ONE_STOP_SHOP, unit("X_1", UnitKind.DISTRICT, province));
        unit("XA1-MC", UnitKind.ONE_STOP_SHOP, unit("XA1", UnitKind.DISTRICT, province));

        ProcedureField science = new ProcedureField("F1", "hoạt động khoa học và công nghệ");
        ProcedureField atomic = new ProcedureField("F2", "năng lượng nguyên tử");
        procedures.put("PR1", new AdministrativeProcedure("PR1", null, "Thủ tục một", science, units.get("D1")));
        procedures.put("PR2", new AdministrativeProcedure("PR2", null, "Thủ tục hai", science, units.get("D2")));
        procedures.put("PR3", new AdministrativeProcedure("PR3", null, "Thủ tục ba", atomic, units.get("D1")));

        drawDossiers();
        edgeCases();
    }

    private Unit unit(String code, UnitKind kind, Unit parent) {
        Unit unit = new Unit(code, "Đơn vị " + code, null, kind, parent, null);
        units.put(code, unit);
        return unit;
    }

    /** Dossiers with every status, channel and kind, received on any day of 2023-2024. */
    private void drawDossiers() {
        Random random = new Random(20240101);
        List<String> receivers = List.of("D1-MC", "D1-MC", "D1", "D2-MC", "D2-MC", "D3-MC", "X_1-MC", "XA1-MC");
        List<AdministrativeProcedure> procedureList = List.copyOf(procedures.values());
        for (int i = 0; i < 90; i++) {
            LocalDate received = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(731));
            LocalDate due = received.plusDays(random.nextInt(30));
            Dossier d = new Dossier("HS-" + i, procedureList.get(random.nextInt(procedureList.size())),
                    units.get(receivers.get(random.nextInt(receivers.size()))), received, due,
                    DossierChannel.values()[random.nextInt(DossierChannel.values().length)],
                    DossierKind.values()[random.nextInt(DossierKind.values().length)]);
            switch (i % 7) {
                case 0 -> { } // still received
                case 1 -> d.startProcessing();
                case 2 -> d.resolve(max(received, due.minusDays(1 + random.nextInt(5))));
                case 3 -> d.resolve(due);
                case 4 -> d.resolve(due.plusDays(1 + random.nextInt(40)));
                case 5 -> d.returnToApplicant(received.plusDays(random.nextInt(15)));
                default -> d.withdraw(received.plusDays(random.nextInt(15)));
            }
            dossiers.add(d);
        }
    }

    /** Days on the boundaries of periods, where an off-by-one shows. */
    private void edgeCases() {
        AdministrativeProcedure pr1 = procedures.get("PR1");
        Unit shop = units.get("D1-MC");
        // received on the last day of Q1, resolved (late) on the first day of Q2
        Dossier acrossQuarters = new Dossier("E-1", pr1, shop, LocalDate.of(2023, 3, 31), LocalDate.of(2023, 3, 31),
                DossierChannel.ONLINE, DossierKind.NEW);
        acrossQuarters.resolve(LocalDate.of(2023, 4, 1));
        // closed on the last day of 2023: not carried into 2024
        Dossier closedOnLastDay = new Dossier("E-2", pr1, shop, LocalDate.of(2023, 12, 20), LocalDate.of(2024, 1, 10),
                DossierChannel.IN_PERSON, DossierKind.RENEWAL);
        closedOnLastDay.resolve(LocalDate.of(2023, 12, 31));
        // received on the first day of Q1 2024, due on its last day and still open: in progress, not yet overdue
        Dossier dueOnLastDay = new Dossier("E-3", pr1, shop, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31),
                DossierChannel.POST, DossierKind.AMENDMENT);
        // received before the data starts, closed on its first day: carried into Q1 2023 and withdrawn in it
        Dossier fromBefore = new Dossier("E-4", procedures.get("PR3"), units.get("D2-MC"), LocalDate.of(2022, 12, 15),
                LocalDate.of(2022, 12, 30), DossierChannel.ONLINE, DossierKind.REISSUE);
        fromBefore.withdraw(LocalDate.of(2023, 1, 1));
        // open since mid-2023 and overdue ever since
        Dossier forgotten = new Dossier("E-5", procedures.get("PR2"), units.get("D3-MC"), LocalDate.of(2023, 6, 1),
                LocalDate.of(2023, 6, 20), DossierChannel.IN_PERSON, DossierKind.CERTIFICATE);
        forgotten.startProcessing();
        // resolved on the day it was received, its due day: on time
        Dossier sameDay = new Dossier("E-6", procedures.get("PR2"), units.get("X_1-MC"), LocalDate.of(2024, 6, 30),
                LocalDate.of(2024, 6, 30), DossierChannel.ONLINE, DossierKind.NEW);
        sameDay.resolve(LocalDate.of(2024, 6, 30));
        dossiers.addAll(List.of(acrossQuarters, closedOnLastDay, dueOnLastDay, fromBefore, forgotten, sameDay));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Stores everything and refreshes the dossier summary, as a writer of dossiers must. */
    void store(EntityManager em) {
        storeRecords(em);
        new JpaDossierSummary(em).refresh(units.values(), Period.quarterOf(firstDay()), Period.quarterOf(lastDay()));
    }

    /** Stores the units, procedures and dossiers, and no summary: statistics then count the dossiers. */
    void storeRecords(EntityManager em) {
        units.values().forEach(em::persist);
        procedures.values().stream().map(AdministrativeProcedure::field).distinct().forEach(em::persist);
        procedures.values().forEach(em::persist);
        dossiers.forEach(em::persist);
    }

    /** The earliest day a dossier was received. */
    LocalDate firstDay() {
        return dossiers.stream().map(Dossier::receivedOn).min(LocalDate::compareTo).orElseThrow();
    }

    /** The latest day a dossier was received or closed. */
    LocalDate lastDay() {
        return dossiers.stream().flatMap(d -> Stream.concat(Stream.of(d.receivedOn()), d.closedOn().stream()))
                .max(LocalDate::compareTo).orElseThrow();
    }
}

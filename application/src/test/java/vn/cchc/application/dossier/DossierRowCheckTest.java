package vn.cchc.application.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.application.security.Caller;
import vn.cchc.application.security.Role;
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.dossier.DossierStatus;
import vn.cchc.domain.dossier.ImportError;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.ProcedureField;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;

class DossierRowCheckTest {

    private final Unit province = new Unit("NA", "Tỉnh Nghệ An", null, UnitKind.PROVINCE, null, null);
    private final Unit department = new Unit("NA-SKHCN", "Sở Khoa học và Công nghệ", null, UnitKind.DEPARTMENT, province, null);
    private final Unit oneStop = new Unit("NA-SKHCN-MC", "Bộ phận một cửa", null, UnitKind.ONE_STOP_SHOP, department, null);
    private final Unit homeAffairs = new Unit("NA-SNV", "Sở Nội vụ", null, UnitKind.DEPARTMENT, province, null);
    private final Unit merged = new Unit("NA-SGTVT", "Sở Giao thông vận tải", null, UnitKind.DEPARTMENT, province, null);
    private final AdministrativeProcedure xray = new AdministrativeProcedure("P-XQ", null, "Cấp phép X-quang",
            new ProcedureField("NLNT", "Năng lượng nguyên tử"), department);
    private final Map<String, Unit> units = new HashMap<>();
    private final ImportErrors errors = new ImportErrors();

    DossierRowCheckTest() {
        merged.close(LocalDate.of(2025, 2, 28));
        for (Unit u : new Unit[] {province, department, oneStop, homeAffairs, merged}) {
            units.put(u.code(), u);
        }
    }

    private DossierRowCheck check(Caller caller) {
        return new DossierRowCheck(caller, code -> Optional.ofNullable(units.get(code)),
                code -> Optional.ofNullable(xray.code().equals(code) ? xray : null));
    }

    private static DossierRow row(int line, String... pairs) {
        Map<String, String> values = new HashMap<>(Map.of("dossierCode", "HS-1", "unitCode", "NA-SKHCN-MC", "procedureCode", "P-XQ",
                "receivedOn", "2024-03-01", "dueOn", "2024-03-15", "channel", "ONLINE", "kind", "NEW", "status", "RECEIVED"));
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                values.remove(pairs[i]);
            } else {
                values.put(pairs[i], pairs[i + 1]);
            }
        }
        return new DossierRow(line, values);
    }

    private static final Caller ADMIN = Caller.of("admin", Set.of(Role.ADMIN));

    @Test
    void shouldTurnAGoodRowIntoADossierWithItsStatusReplayed() {
        Optional<Dossier> dossier = check(ADMIN).check(row(2, "closedOn", "14/03/2024", "status", "resolved_early"), errors);
        assertThat(errors.isEmpty()).isTrue();
        assertThat(dossier).get().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DossierStatus.RESOLVED_EARLY);
            assertThat(d.closedOn()).contains(LocalDate.of(2024, 3, 14));
            assertThat(d.unit()).isSameAs(oneStop);
        });
    }

    @Test
    void shouldReportEveryBrokenRuleOfARowWithItsColumn() {
        Optional<Dossier> dossier = check(ADMIN).check(row(7, "dossierCode", " ", "procedureCode", "P-NONE", "receivedOn", "2024-02-30",
                "dueOn", "soon", "channel", "FAX", "kind", null, "unitCode", "NA-NONE"), errors);
        assertThat(dossier).isEmpty();
        assertThat(errors.kept()).extracting(ImportError::line).containsOnly(7);
        assertThat(errors.kept()).extracting(e -> e.column() + " " + e.code()).containsExactlyInAnyOrder(
                "dossierCode REQUIRED", "unitCode UNKNOWN_UNIT", "procedureCode UNKNOWN_PROCEDURE", "receivedOn INVALID_DATE",
                "dueOn INVALID_DATE", "channel INVALID_VALUE", "kind REQUIRED");
    }

    @Test
    void shouldRejectDatesOutOfOrderAndStatusesTheDatesContradict() {
        DossierRowCheck check = check(ADMIN);
        check.check(row(2, "dueOn", "2024-02-01"), errors);
        check.check(row(3, "dossierCode", "HS-3", "closedOn", "2024-02-01", "status", "RETURNED"), errors);
        check.check(row(4, "dossierCode", "HS-4", "closedOn", "2024-03-20", "status", "RESOLVED_ON_TIME"), errors);
        check.check(row(5, "dossierCode", "HS-5", "status", "WITHDRAWN"), errors);
        check.check(row(6, "dossierCode", "HS-6", "closedOn", "2024-03-02"), errors);
        assertThat(errors.kept()).extracting(e -> e.line() + " " + e.column() + " " + e.key()).containsExactly(
                "2 dueOn dossier.dueBeforeReceived", "3 closedOn dossier.closedBeforeReceived", "4 status dossier.statusContradictsDates",
                "5 closedOn dossier.closedOnRequired", "6 closedOn dossier.closedOnForbidden");
    }

    @Test
    void shouldRejectAProcedureOfAnotherUnitAClosedUnitAndARepeatedCode() {
        DossierRowCheck check = check(ADMIN);
        check.check(row(2, "unitCode", "NA-SNV"), errors);
        check.check(row(3), errors);
        check.check(row(4), errors);
        check.check(row(5, "unitCode", "NA-SGTVT", "receivedOn", "2025-03-01", "dueOn", "2025-03-10"), errors);
        assertThat(errors.kept()).extracting(e -> e.line() + " " + e.column() + " " + e.code()).containsExactly(
                "2 procedureCode PROCEDURE_OF_OTHER_UNIT", "4 dossierCode DUPLICATE_DOSSIER", "5 unitCode UNIT_CLOSED",
                "5 procedureCode PROCEDURE_OF_OTHER_UNIT");
    }

    @Test
    void shouldLetAReporterImportOnlyForItsSubtree() {
        DossierRowCheck check = check(Caller.reporter("reporter", "NA-SKHCN", "/NA/NA-SKHCN/"));
        assertThat(check.check(row(2), errors)).isPresent();
        assertThat(check.check(row(3, "unitCode", "NA-SNV"), errors)).isEmpty();
        assertThat(errors.kept()).extracting(e -> e.line() + " " + e.column() + " " + e.code())
                .contains("3 unitCode FORBIDDEN");
    }

    @Test
    void shouldCountEveryErrorButKeepTheFirstThousand() {
        DossierRowCheck check = check(ADMIN);
        for (int line = 2; line < 1_502; line++) {
            check.check(row(line, "dossierCode", "HS-" + line, "channel", "FAX"), errors);
        }
        assertThat(errors.count()).isEqualTo(1_500);
        assertThat(errors.kept()).hasSize(1_000).first().satisfies(e -> assertThat(e.line()).isEqualTo(2));
    }
}

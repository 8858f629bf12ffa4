package vn.cchc.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.application.StandIns;
import vn.cchc.application.audit.AuditTrail;
import vn.cchc.application.security.AccessDenied;
import vn.cchc.application.security.Caller;
import vn.cchc.application.security.Role;
import vn.cchc.domain.audit.AuditRepository;
import vn.cchc.domain.document.DocumentRepository;
import vn.cchc.domain.indicator.IndicatorRepository;
import vn.cchc.domain.indicator.ObservationRepository;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.PeriodType;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.report.ReportRepository;
import vn.cchc.domain.shared.DataVersion;
import vn.cchc.domain.shared.InvalidInputException;
import vn.cchc.domain.shared.Violation;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;
import vn.cchc.domain.unit.UnitRepository;

/**
 * The service's order of checks without a container: the caller's right first, then every rule of the input at once,
 * and nothing handed to a repository when any is broken. Repositories are stand-ins that answer only what is asked.
 */
class ReportServiceTest {

    private static final PeriodValue Q2_2025 = new PeriodValue(PeriodType.QUARTER, 2025, 2);

    private final Unit committee = new Unit("NA-UBND", "UBND tỉnh Nghệ An", null, UnitKind.PEOPLES_COMMITTEE, null, null);
    private final Unit merged = new Unit("NA-SKHCN", "Sở Khoa học và Công nghệ", null, UnitKind.DEPARTMENT, committee, null);
    private final Unit successor = new Unit("NA-SKHCN2", "Sở Khoa học, Công nghệ và Thông tin", null, UnitKind.DEPARTMENT,
            committee, LocalDate.of(2025, 3, 1));
    private final StandIns standIns = new StandIns();
    private final List<Object> written = standIns.written();
    private final List<Report> existing = new ArrayList<>();

    ReportServiceTest() {
        merged.close(LocalDate.of(2025, 2, 28), successor);
    }

    private ReportService service() {
        Map<String, Unit> byCode = Map.of(merged.code(), merged, successor.code(), successor);
        return new ReportService(
                standIns.of(ReportRepository.class, Map.of("findCurrent", args -> existing)),
                standIns.of(ObservationRepository.class, Map.of()),
                standIns.of(UnitRepository.class, Map.of("findByCode", args -> Optional.ofNullable(byCode.get((String) args[0])))),
                standIns.of(IndicatorRepository.class, Map.of()),
                standIns.of(DocumentRepository.class, Map.of()),
                new AuditTrail(standIns.of(AuditRepository.class, Map.of()),
                        standIns.of(DataVersion.class, Map.of("advance", args -> null))));
    }

    private static List<String> violations(InvalidInputException e) {
        return e.violations().stream().map(v -> v.code() + "@" + v.field()).toList();
    }

    @Test
    void shouldRefuseAReportOfAUnitThatDidNotExistDuringThePeriod() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service().create(
                Caller.of("admin", Set.of(Role.ADMIN)), new ReportCommands.NewReport("NA-SKHCN", Q2_2025, "Báo cáo quý II")));
        assertThat(violations(e)).containsExactly("UNIT_CLOSED@unitCode");
        assertThat(e.violations().get(0)).extracting(Violation::key, Violation::args)
                .containsExactly("unit.closed", List.of("NA-SKHCN", "quý II năm 2025"));
        assertThat(written).isEmpty();
    }

    @Test
    void shouldReportEveryBrokenRuleTogetherAndWriteNothing() {
        existing.add(new Report(successor, Period.quarter(2025, 2), "Đã có"));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service().create(
                Caller.reporter("reporter", "NA-SKHCN2", successor.path()),
                new ReportCommands.NewReport("NA-SKHCN2", Q2_2025, " ")));
        assertThat(violations(e)).containsExactly("INVALID_REPORT@title", "DUPLICATE_REPORT@period");
        InvalidInputException badPeriod = catchThrowableOfType(InvalidInputException.class, () -> service().create(
                Caller.of("admin", Set.of(Role.ADMIN)),
                new ReportCommands.NewReport("NA-KHONG-CO", new PeriodValue(PeriodType.HALF_YEAR, 2025, 3), "Báo cáo")));
        assertThat(violations(badPeriod)).containsExactly("UNKNOWN_UNIT@unitCode", "INVALID_PERIOD@period");
        assertThat(written).isEmpty();
    }

    @Test
    void shouldCheckTheCallersRightBeforeTheInput() {
        AccessDenied denied = catchThrowableOfType(AccessDenied.class, () -> service().create(
                Caller.reporter("reporter", "NA-SKHCN2", successor.path()),
                new ReportCommands.NewReport("NA-KHONG-CO", new PeriodValue(PeriodType.QUARTER, 2025, 9), " ")));
        assertThat(denied.code()).isEqualTo(AccessDenied.FORBIDDEN);
        AccessDenied anonymous = catchThrowableOfType(AccessDenied.class, () -> service().create(Caller.anonymous(),
                new ReportCommands.NewReport("NA-SKHCN2", Q2_2025, "Báo cáo")));
        assertThat(anonymous.code()).isEqualTo(AccessDenied.UNAUTHENTICATED);
        assertThat(written).isEmpty();
    }
}

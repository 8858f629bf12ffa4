package vn.cchc.application.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.cchc.application.StandIns;
import vn.cchc.application.audit.AuditTrail;
import vn.cchc.application.document.DocumentCommands.Content;
import vn.cchc.application.document.DocumentCommands.PlanChange;
import vn.cchc.application.document.DocumentCommands.Progress;
import vn.cchc.application.document.DocumentCommands.Task;
import vn.cchc.application.security.AccessDenied;
import vn.cchc.application.security.Caller;
import vn.cchc.application.security.Role;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.audit.AuditRepository;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.document.DocumentKind;
import vn.cchc.domain.document.DocumentNumber;
import vn.cchc.domain.document.DocumentRepository;
import vn.cchc.domain.document.Plan;
import vn.cchc.domain.document.PlanTaskStatus;
import vn.cchc.domain.document.PlanType;
import vn.cchc.domain.document.TaskAssignment;
import vn.cchc.domain.shared.DataVersion;
import vn.cchc.domain.shared.InvalidInputException;
import vn.cchc.domain.shared.VersionConflict;
import vn.cchc.domain.shared.VietnamCalendar;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitKind;
import vn.cchc.domain.unit.UnitRepository;

/**
 * The task commands without a container: the caller's right, then the version, then whether the document is a plan,
 * then every rule of the input at once, each at its input path; nothing handed to a repository when any is broken.
 */
class DocumentServiceTest {

    private static final Caller ADMIN = Caller.of("admin", Set.of(Role.ADMIN));
    private static final LocalDate ISSUED = LocalDate.of(2024, 2, 1);

    private final Unit committee = new Unit("NA-UBND", "UBND tỉnh Nghệ An", null, UnitKind.PEOPLES_COMMITTEE, null, null);
    private final Unit department = new Unit("NA-SKHCN", "Sở Khoa học và Công nghệ", null, UnitKind.DEPARTMENT, committee, null);
    private final Unit office = new Unit("NA-SKHCN-VP", "Văn phòng Sở", null, UnitKind.DEPARTMENT_OFFICE, department, null);
    private final Unit homeAffairs = new Unit("NA-SNV", "Sở Nội vụ", null, UnitKind.DEPARTMENT, committee, null);
    private final Unit closed = new Unit("NA-CU", "Phòng cũ", null, UnitKind.DEPARTMENT_OFFICE, department, null);
    private final Plan plan = new Plan(DocumentNumber.parse("12/KH-SKHCN"), ISSUED, department, "Kế hoạch CCHC năm 2024", 2024,
            PlanType.ADMINISTRATIVE_REFORM);
    private final Document decision = new Document(DocumentNumber.parse("3/QĐ-SKHCN"), DocumentKind.DECISION, ISSUED, department, null);
    private final StandIns standIns = new StandIns();

    DocumentServiceTest() {
        closed.close(ISSUED.minusDays(1));
        plan.addTask(new TaskAssignment("Rà soát thủ tục hành chính", ReformArea.ADMINISTRATIVE_PROCEDURE_REFORM, office, List.of(),
                LocalDate.of(2024, 6, 30), null));
    }

    private DocumentService service() {
        Map<String, Unit> byCode = Map.of("NA-UBND", committee, "NA-SKHCN", department, "NA-SKHCN-VP", office, "NA-SNV", homeAffairs,
                "NA-CU", closed);
        Map<Long, Document> byId = Map.of(1L, plan, 2L, decision);
        return new DocumentService(
                standIns.of(DocumentRepository.class, Map.of("findById", args -> Optional.ofNullable(byId.get((Long) args[0])),
                        "findByNumber", args -> List.of())),
                standIns.of(UnitRepository.class, Map.of("findByCode", args -> Optional.ofNullable(byCode.get((String) args[0])))),
                new AuditTrail(standIns.of(AuditRepository.class, Map.of()),
                        standIns.of(DataVersion.class, Map.of("advance", args -> null))));
    }

    private static Task task(String description, String lead, LocalDate deadline, String... coordinators) {
        return new Task(description, ReformArea.E_GOVERNMENT, lead, List.of(coordinators), deadline, "Phần mềm");
    }

    private static List<String> violations(Function<DocumentService, ?> call, DocumentService service) {
        return catchThrowableOfType(InvalidInputException.class, () -> call.apply(service)).violations().stream()
                .map(v -> v.code() + "@" + v.field()).toList();
    }

    private List<String> violations(Function<DocumentService, ?> call) {
        return violations(call, service());
    }

    @Test
    void shouldReportEveryBrokenRuleOfATaskAtItsPathAndWriteNothing() {
        assertThat(violations(s -> s.addTask(ADMIN, new PlanChange("1", 0, null), 1,
                task(" ", "NA-KHONG-CO", ISSUED.minusDays(1), "NA-SKHCN-VP", "NA-SKHCN-VP", "NA-CU", " ")))).containsExactly(
                "DUPLICATE_TASK@number", "INVALID_TASK@task.description", "UNKNOWN_UNIT@task.leadUnitCode",
                "INVALID_TASK@task.coordinatingUnitCodes[1]", "UNIT_CLOSED@task.coordinatingUnitCodes[2]",
                "UNKNOWN_UNIT@task.coordinatingUnitCodes[3]", "INVALID_DATE@task.deadline");
        assertThat(violations(s -> s.reviseTask(ADMIN, new PlanChange("1", 0, null), 1,
                task("Số hóa hồ sơ", "NA-SKHCN-VP", null, "NA-SKHCN", "NA-SKHCN-VP"))))
                .containsExactly("INVALID_TASK@task.coordinatingUnitCodes[1]");
        assertThat(violations(s -> s.reviseTask(ADMIN, new PlanChange("1", 0, null), 2, task("Số hóa hồ sơ", "NA-CU", null))))
                .containsExactly("NOT_FOUND@number", "UNIT_CLOSED@task.leadUnitCode");
        assertThat(violations(s -> s.removeTask(ADMIN, new PlanChange("1", 0, null), 2))).containsExactly("NOT_FOUND@number");
        assertThat(plan.tasks()).hasSize(1);
        assertThat(plan.task(1).orElseThrow().description()).isEqualTo("Rà soát thủ tục hành chính");
        assertThat(standIns.written()).isEmpty();
    }

    @Test
    void shouldRefuseProgressTheDatesContradict() {
        LocalDate afterToday = VietnamCalendar.today(Clock.systemUTC()).plusDays(2);
        assertThat(violations(s -> s.reportTaskProgress(ADMIN, new PlanChange("1", 0, null), 1,
                new Progress(PlanTaskStatus.DONE, afterToday)))).containsExactly("INVALID_DATE@completedOn");
        assertThat(violations(s -> s.reportTaskProgress(ADMIN, new PlanChange("1", 0, null), 1,
                new Progress(PlanTaskStatus.DONE, ISSUED.minusDays(1))))).containsExactly("INVALID_DATE@completedOn");
        assertThat(violations(s -> s.reportTaskProgress(ADMIN, new PlanChange("1", 0, null), 9,
                new Progress(PlanTaskStatus.DONE, null)))).containsExactly("NOT_FOUND@number", "REQUIRED@completedOn");
        assertThat(violations(s -> s.reportTaskProgress(ADMIN, new PlanChange("1", 0, null), 1,
                new Progress(PlanTaskStatus.IN_PROGRESS, ISSUED)))).containsExactly("INVALID_TASK@completedOn");
        assertThat(plan.task(1).orElseThrow().status()).isEqualTo(PlanTaskStatus.NOT_STARTED);
        assertThat(standIns.written()).isEmpty();
    }

    @Test
    void shouldCheckTheCallersRightThenTheVersionThenThatItIsAPlan() {
        Task bad = task(" ", "NA-KHONG-CO", null);
        assertThat(catchThrowableOfType(AccessDenied.class, () -> service().addTask(Caller.reporter("reporter", "NA-SNV",
                homeAffairs.path()), new PlanChange("1", 7, null), null, bad)).code()).isEqualTo(AccessDenied.FORBIDDEN);
        assertThat(catchThrowableOfType(AccessDenied.class, () -> service().removeTask(Caller.of("analyst", Set.of(Role.ANALYST)),
                new PlanChange("1", 0, null), 1)).code()).isEqualTo(AccessDenied.FORBIDDEN);
        assertThat(catchThrowableOfType(AccessDenied.class, () -> service().removeTask(Caller.anonymous(),
                new PlanChange("1", 0, null), 1)).code()).isEqualTo(AccessDenied.UNAUTHENTICATED);
        VersionConflict stale = catchThrowableOfType(VersionConflict.class, () -> service().addTask(Caller.reporter("reporter",
                "NA-SKHCN", department.path()), new PlanChange("1", 7, null), null, bad));
        assertThat(stale.currentVersion()).isZero();
        assertThat(violations(s -> s.addTask(ADMIN, new PlanChange("2", 0, null), null, bad))).containsExactly("INVALID_DOCUMENT@documentId");
        assertThat(violations(s -> s.addTask(ADMIN, new PlanChange("x", 0, null), null, bad))).containsExactly("NOT_FOUND@documentId");
        assertThat(standIns.written()).isEmpty();
    }

    @Test
    void shouldCheckEveryTaskOfANewPlanAndGiveTasksToPlansOnly() {
        Content newPlan = new Content("13/KH-SKHCN", DocumentKind.PLAN, ISSUED, "NA-SKHCN", null, "Kế hoạch", 2024,
                PlanType.OTHER, List.of());
        assertThat(violations(s -> s.create(ADMIN, newPlan, List.of(task("Số hóa", "NA-SKHCN-VP", ISSUED),
                task("Số hóa", "NA-SKHCN-VP", ISSUED.minusDays(1)))))).containsExactly("INVALID_DATE@tasks[1].deadline");
        Content letter = new Content("14/SKHCN-VP", DocumentKind.OFFICIAL_LETTER, ISSUED, "NA-SKHCN", null, null, null, null, List.of());
        assertThat(violations(s -> s.create(ADMIN, letter, List.of(task("Số hóa", null, null))))).containsExactly("INVALID_DOCUMENT@tasks");
        assertThat(standIns.written()).isEmpty();
    }

    @Test
    void shouldKeepTheTasksInsideAPlanThatIsRedated() {
        Content later = new Content("12/KH-SKHCN", DocumentKind.PLAN, LocalDate.of(2024, 7, 1), "NA-SKHCN", null, "Kế hoạch", 2024,
                PlanType.ADMINISTRATIVE_REFORM, List.of());
        assertThat(violations(s -> s.update(ADMIN, "1", 0, later))).containsExactly("INVALID_DATE@issuedOn");
        assertThat(plan.issuedOn()).contains(ISSUED);
        assertThat(standIns.written()).isEmpty();
    }
}

package vn.cchc.application.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.cchc.application.audit.AuditTrail;
import vn.cchc.application.audit.AuditedChange;
import vn.cchc.application.document.DocumentCommands.Content;
import vn.cchc.application.document.DocumentCommands.Link;
import vn.cchc.application.document.DocumentCommands.PlanChange;
import vn.cchc.application.document.DocumentCommands.Progress;
import vn.cchc.application.document.DocumentCommands.Task;
import vn.cchc.application.security.AccessPolicy;
import vn.cchc.application.security.Caller;
import vn.cchc.application.security.Operation;
import vn.cchc.application.unit.UnitCodes;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.document.DocumentKind;
import vn.cchc.domain.document.DocumentNumber;
import vn.cchc.domain.document.DocumentRepository;
import vn.cchc.domain.document.LinkType;
import vn.cchc.domain.document.Plan;
import vn.cchc.domain.document.PlanTask;
import vn.cchc.domain.document.TaskAssignment;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.shared.InvalidInputException;
import vn.cchc.domain.shared.VietnamCalendar;
import vn.cchc.domain.shared.Violation;
import vn.cchc.domain.shared.Violations;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitRepository;

/**
 * Records documents and plans with their links, and the tasks of plans, each write one transaction in the order of
 * every write: the caller's right (a reporter writes the documents its subtree issued or drafted, before and after the
 * change), the version the client read, every rule of every input value, then the change and its audit entry. A plan's
 * tasks change one at a time, each change a change of the plan: its version rises and the audit trail keeps the plan
 * with all its tasks before and after.
 */
@ApplicationScoped
@Transactional
public class DocumentService {

    static final String ENTITY = "Document";

    private final Clock clock = Clock.systemUTC();

    @Inject
    DocumentRepository documents;

    @Inject
    UnitRepository units;

    @Inject
    AuditTrail audit;

    protected DocumentService() {
        // for CDI
    }

    public DocumentService(DocumentRepository documents, UnitRepository units, AuditTrail audit) {
        this.documents = documents;
        this.units = units;
        this.audit = audit;
    }

    /** Records a document, or a plan when its kind is PLAN, with its tasks numbered 1, 2, ... in the order given. */
    public Document create(Caller caller, Content content, List<Task> tasks) {
        AccessPolicy.requireAllowed(caller, Operation.EDIT_DOCUMENT, "createDocument");
        Optional<Unit> issuer = UnitCodes.find(units, content.issuerCode());
        Optional<Unit> drafter = UnitCodes.find(units, content.drafterCode());
        requireAccess(caller, issuer, drafter, "createDocument");
        Violations violations = new Violations();
        Checked checked = check(violations, content, null, issuer, drafter);
        List<TaskAssignment> assignments = new ArrayList<>();
        List<Task> given = tasks == null ? List.of() : tasks;
        violations.require(given.isEmpty() || content.kind() == DocumentKind.PLAN, "tasks", "INVALID_DOCUMENT",
                "only a plan has tasks", "document.noTasks", content.number());
        for (int i = 0; i < given.size(); i++) {
            String at = "tasks[" + i + "]";
            Task task = given.get(i);
            violations.check(at, () -> assignment(at, task, content.issuedOn())).ifPresent(assignments::add);
        }
        violations.throwIfAny();
        Document document;
        if (content.kind() == DocumentKind.PLAN) {
            Plan plan = new Plan(checked.number(), content.issuedOn(), issuer.orElseThrow(), content.subject(), content.planYear(),
                    content.planType());
            assignments.forEach(plan::addTask);
            document = plan;
        } else {
            document = new Document(checked.number(), content.kind(), content.issuedOn(), issuer.orElseThrow(), content.subject());
        }
        drafter.ifPresent(document::draftedBy);
        document.relinkTo(checked.types(), checked.targets());
        documents.add(document);
        documents.update(document);
        audit.record(caller, "createDocument", ENTITY, document.id(), document.issuer(), null, null,
                DocumentSnapshot.of(document), null);
        return document;
    }

    /** Corrects a document as a whole: every field is given, links included; a plan stays a plan and keeps its tasks. */
    public Document update(Caller caller, String documentId, long version, Content content) {
        return audited().apply(audit, caller, "updateDocument", load(caller, documentId, "updateDocument"), version, null, document -> {
            Optional<Unit> issuer = UnitCodes.find(units, content.issuerCode());
            Optional<Unit> drafter = UnitCodes.find(units, content.drafterCode());
            requireAccess(caller, issuer, drafter, "updateDocument");
            Violations violations = new Violations();
            Checked checked = check(violations, content, document, issuer, drafter);
            violations.throwIfAny();
            return () -> {
                document.correct(checked.number(), content.kind(), content.issuedOn(), issuer.orElseThrow(), drafter.orElse(null),
                        content.subject());
                if (document instanceof Plan plan) {
                    plan.schedule(content.planYear(), content.planType());
                }
                document.relinkTo(checked.types(), checked.targets());
            };
        });
    }

    /** Adds a task to a plan, numbered {@code number}, or after the others when null. */
    public Plan addTask(Caller caller, PlanChange change, Integer number, Task task) {
        return changeTasks(caller, change, "addPlanTask", plan -> {
            Violations violations = new Violations();
            if (number != null) {
                violations.checkRule("number", () -> plan.requireNewTaskNumber(number));
            }
            Optional<TaskAssignment> assignment = violations.check("task",
                    () -> assignment("task", task, plan.issuedOn().orElse(null)));
            violations.throwIfAny();
            return () -> {
                if (number == null) {
                    plan.addTask(assignment.orElseThrow());
                } else {
                    plan.addTask(number, assignment.orElseThrow());
                }
            };
        });
    }

    /** Changes what a task assigns: every field is given; its number and progress stay. */
    public Plan reviseTask(Caller caller, PlanChange change, int number, Task task) {
        return changeTasks(caller, change, "revisePlanTask", plan -> {
            Violations violations = new Violations();
            violations.check("number", () -> plan.requireTask(number));
            Optional<TaskAssignment> assignment = violations.check("task",
                    () -> assignment("task", task, plan.issuedOn().orElse(null)));
            violations.throwIfAny();
            return () -> plan.reviseTask(number, assignment.orElseThrow());
        });
    }

    /** Records how far a task got (báo cáo tiến độ), as of today in Vietnam. */
    public Plan reportTaskProgress(Caller caller, PlanChange change, int number, Progress progress) {
        return changeTasks(caller, change, "reportPlanTaskProgress", plan -> {
            LocalDate today = VietnamCalendar.today(clock);
            Violations violations = new Violations();
            violations.check("number", () -> plan.requireTask(number));
            violations.checkRule("completedOn", () -> PlanTask.requireProgress(progress.status(), progress.completedOn(),
                    plan.issuedOn().orElse(null), today));
            violations.throwIfAny();
            return () -> plan.reportProgress(number, progress.status(), progress.completedOn(), today);
        });
    }

    /** Removes a task; the other tasks keep their numbers. */
    public Plan removeTask(Caller caller, PlanChange change, int number) {
        return changeTasks(caller, change, "removePlanTask", plan -> {
            Violations violations = new Violations();
            violations.check("number", () -> plan.requireTask(number));
            violations.throwIfAny();
            return () -> plan.removeTask(number);
        });
    }

    /**
     * The common steps of a change to a plan's tasks: the caller's right and the version first, as for every write,
     * then the plan's own checks, which give the change to make once every rule holds.
     */
    private Plan changeTasks(Caller caller, PlanChange change, String action, Function<Plan, Runnable> checked) {
        return (Plan) audited().apply(audit, caller, action, load(caller, change.documentId(), action), change.version(), change.reason(),
                document -> {
                    if (!(document instanceof Plan plan)) {
                        throw new InvalidInputException(List.of(Violation.of("documentId", new DomainException("INVALID_DOCUMENT",
                                "document " + document.number() + " is no plan: it has no tasks", "document.noTasks",
                                document.number()))));
                    }
                    return checked.apply(plan);
                });
    }

    /**
     * The task as the plan will keep it, its units looked up by code; fails with every rule it breaks, each at its path
     * under {@code at}.
     *
     * @param planIssuedOn the issue date of the plan, null when not known
     */
    private TaskAssignment assignment(String at, Task task, LocalDate planIssuedOn) {
        Violations violations = new Violations();
        violations.checkRule(at + ".description", () -> TaskAssignment.requireDescription(task.description()));
        Optional<Unit> lead = UnitCodes.find(units, task.leadUnitCode());
        UnitCodes.requireKnown(violations, at + ".leadUnitCode", task.leadUnitCode(), lead);
        lead.ifPresent(u -> violations.checkRule(at + ".leadUnitCode", () -> PlanTask.requireOpenUnit(u, planIssuedOn)));
        List<Unit> coordinators = new ArrayList<>();
        List<String> codes = task.coordinatingUnitCodes() == null ? List.of() : task.coordinatingUnitCodes();
        for (int i = 0; i < codes.size(); i++) {
            String field = at + ".coordinatingUnitCodes[" + i + "]";
            String code = codes.get(i);
            Optional<Unit> unit = UnitCodes.find(units, code);
            if (violations.require(unit.isPresent(), field, "UNKNOWN_UNIT", "no unit has the code " + code, "unit.unknown", code)
                    && violations.checkRule(field, () -> TaskAssignment.requireCoordinator(lead.orElse(null), coordinators, unit.get()))
                    && violations.checkRule(field, () -> PlanTask.requireOpenUnit(unit.get(), planIssuedOn))) {
                coordinators.add(unit.get());
            }
        }
        violations.checkRule(at + ".deadline", () -> PlanTask.requireDeadline(task.deadline(), planIssuedOn));
        violations.throwIfAny();
        return new TaskAssignment(task.description(), task.area(), lead.orElse(null), coordinators, task.deadline(),
                task.expectedOutput());
    }

    /** What the checks found: the parsed number and the linked documents. */
    private record Checked(DocumentNumber number, List<LinkType> types, List<Document> targets) {
    }

    private Checked check(Violations violations, Content content, Document existing, Optional<Unit> issuer, Optional<Unit> drafter) {
        Optional<DocumentNumber> number = violations.check("number", () -> DocumentNumber.parse(content.number()));
        UnitCodes.requireKnown(violations, "issuerCode", content.issuerCode(), issuer);
        UnitCodes.requireKnown(violations, "drafterCode", content.drafterCode(), drafter);
        if (issuer.isPresent() && drafter.isPresent()) {
            violations.require(issuer.get() != drafter.get(), "drafterCode", "INVALID_DOCUMENT",
                    "the drafter is another body than the issuer", "document.drafterIsIssuer", content.number());
        }
        if (content.issuedOn() != null) {
            number.flatMap(DocumentNumber::year).ifPresent(year -> violations.require(year == content.issuedOn().getYear(),
                    "issuedOn", "INVALID_DATE", "document " + number.get() + " cannot be dated " + content.issuedOn()
                            + ": its number names another year", "document.yearMismatch", number.get(), content.issuedOn()));
            issuer.ifPresent(u -> violations.require(u.isOpenOn(content.issuedOn()), "issuerCode", "UNIT_CLOSED",
                    u.code() + " did not exist on " + content.issuedOn(), "unit.notOpenOn", u.code(), content.issuedOn()));
        }
        if (number.isPresent() && issuer.isPresent()) {
            violations.require(documents.findByNumber(number.get()).stream()
                            .noneMatch(d -> d != existing && d.issuer().code().equals(issuer.get().code())),
                    "number", "DUPLICATE_DOCUMENT", issuer.get().code() + " already has a document " + number.get(),
                    "document.duplicate", issuer.get().code(), number.get());
        }
        checkPlan(violations, content, existing);
        if (existing instanceof Plan plan) {
            violations.checkRule("issuedOn", () -> plan.requireTasksFit(content.issuedOn()));
        }
        return new Checked(number.orElse(null), content.links() == null ? List.of()
                : content.links().stream().map(Link::type).toList(), targets(violations, content, existing));
    }

    private static void checkPlan(Violations violations, Content content, Document existing) {
        boolean plan = content.kind() == DocumentKind.PLAN;
        if (existing != null) {
            violations.require(content.kind() == null || plan == existing instanceof Plan, "kind", "INVALID_DOCUMENT",
                    "a plan stays a plan and another document never becomes one", "document.planKind", existing.number());
        }
        if (plan) {
            violations.require(content.planYear() != null, "planYear", "REQUIRED", "a plan needs its year", "required", "planYear");
            violations.require(content.planType() != null, "planType", "REQUIRED", "a plan needs its type", "required", "planType");
            if (content.planYear() != null) {
                violations.require(content.planYear() >= Period.FIRST_YEAR && content.planYear() <= Period.LAST_YEAR, "planYear",
                        "OUT_OF_RANGE", "impossible plan year " + content.planYear(), "plan.year", content.planYear(),
                        Period.FIRST_YEAR, Period.LAST_YEAR);
            }
        } else {
            violations.require(content.planYear() == null && content.planType() == null, "planYear", "INVALID_DOCUMENT",
                    "only a plan has a plan year and type", "document.notPlan");
        }
    }

    private List<Document> targets(Violations violations, Content content, Document existing) {
        List<Document> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Link> links = content.links() == null ? List.of() : content.links();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            String at = "links[" + i + "].documentId";
            Optional<Document> target = documents.findById(link.documentId());
            if (violations.require(target.isPresent(), at, "NOT_FOUND", "no document has the id " + link.documentId(),
                    "document.unknown", link.documentId())) {
                Document t = target.get();
                violations.require(t != existing, at, "INVALID_DOCUMENT", "a document cannot link to itself",
                        "document.selfLink", t.number());
                violations.require(seen.add(link.type() + "@" + t.id()), at, "DUPLICATE_LINK", "the same link is given twice",
                        "document.duplicateLink", content.number(), link.type(), t.number());
                targets.add(t);
            }
        }
        return targets;
    }

    /** A reporter writes what its subtree issued or drafted; an unknown issuer is nobody's subtree. */
    private static void requireAccess(Caller caller, Optional<Unit> issuer, Optional<Unit> drafter, String action) {
        AccessPolicy.require(caller, Operation.EDIT_DOCUMENT, accessPath(caller, issuer, drafter), action);
    }

    /** The unit a document is changed as: its issuer's, or its drafter's for a caller who may not act for the issuer. */
    private static String accessPath(Caller caller, Optional<Unit> issuer, Optional<Unit> drafter) {
        String issuerPath = issuer.map(Unit::path).orElse(null);
        return AccessPolicy.permits(caller, Operation.EDIT_DOCUMENT, issuerPath) ? issuerPath : drafter.map(Unit::path).orElse(issuerPath);
    }

    /** The document to change, once the caller may; documents are part of the directory every such caller reads. */
    private Document load(Caller caller, String documentId, String action) {
        return AccessPolicy.requireOnFound(caller, Operation.EDIT_DOCUMENT, action, true, () -> documents.findById(documentId),
                d -> accessPath(caller, Optional.of(d.issuer()), d.drafter()),
                () -> new InvalidInputException(List.of(Violation.of("documentId", new DomainException("NOT_FOUND",
                        "no document has the id " + documentId, "document.unknown", documentId)))));
    }

    /** How a document's change is checked, saved and audited ({@link AuditedChange}). */
    private AuditedChange<Document> audited() {
        return new AuditedChange<>(ENTITY, Document::id, Document::version, Document::id, Document::issuer, document -> null,
                DocumentSnapshot::of, documents::update);
    }
}

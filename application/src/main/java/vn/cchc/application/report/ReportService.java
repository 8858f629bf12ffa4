package vn.cchc.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import vn.cchc.application.audit.AuditTrail;
import vn.cchc.application.audit.AuditedChange;
import vn.cchc.application.finding.FindingService;
import vn.cchc.application.report.ReportCommands.Decision;
import vn.cchc.application.report.ReportCommands.Figure;
import vn.cchc.application.report.ReportCommands.Figures;
import vn.cchc.application.report.ReportCommands.Heading;
import vn.cchc.application.report.ReportCommands.Item;
import vn.cchc.application.report.ReportCommands.NewReport;
import vn.cchc.application.report.ReportCommands.Outline;
import vn.cchc.application.report.ReportCommands.Section;
import vn.cchc.application.security.AccessPolicy;
import vn.cchc.application.security.Caller;
import vn.cchc.application.security.Operation;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.document.DocumentNumber;
import vn.cchc.domain.document.DocumentRepository;
import vn.cchc.domain.indicator.Breakdown;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.IndicatorRepository;
import vn.cchc.domain.indicator.Measure;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.indicator.ObservationRepository;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.report.Recipient;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.report.ReportVisibility;
import vn.cchc.domain.report.ReportRepository;
import vn.cchc.domain.report.ReportSection;
import vn.cchc.domain.report.Signer;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.shared.InvalidInputException;
import vn.cchc.domain.shared.VietnamCalendar;
import vn.cchc.domain.shared.Violation;
import vn.cchc.domain.shared.Violations;
import vn.cchc.domain.shared.VersionConflict;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitRepository;

/**
 * The life of a quarterly report (báo cáo quý). Each method is one transaction and runs in the same order: the
 * caller's right to do it, the version the client read, every rule of every input value (all broken rules are
 * reported together), and only then the change, its audit entry and the new version. A failure at any step rolls
 * the whole transaction back: nothing is written.
 */
@ApplicationScoped
@Transactional
public class ReportService {

    static final String ENTITY = "Report";

    private final Clock clock = Clock.systemUTC();

    @Inject
    ReportRepository reports;

    @Inject
    ObservationRepository observations;

    @Inject
    UnitRepository units;

    @Inject
    IndicatorRepository indicators;

    @Inject
    DocumentRepository documents;

    @Inject
    AuditTrail audit;

    /** Runs the data-quality rules on a report as it is sent; not needed by the constructor's callers, which send none. */
    @Inject
    FindingService findings;

    protected ReportService() {
        // for CDI
    }

    public ReportService(ReportRepository reports, ObservationRepository observations, UnitRepository units,
                         IndicatorRepository indicators, DocumentRepository documents, AuditTrail audit) {
        this.reports = reports;
        this.observations = observations;
        this.units = units;
        this.indicators = indicators;
        this.documents = documents;
        this.audit = audit;
    }

    /** Starts a draft report of a unit for a period; one report per unit and period, corrections aside. */
    public Report create(Caller caller, NewReport command) {
        AccessPolicy.requireAllowed(caller, Operation.CREATE_REPORT, "createReport");
        Optional<Unit> unit = Optional.ofNullable(command.unitCode()).flatMap(units::findByCode);
        AccessPolicy.require(caller, Operation.CREATE_REPORT, unit.map(Unit::path).orElse(null), "createReport");
        Violations violations = new Violations();
        violations.require(unit.isPresent(), "unitCode", "UNKNOWN_UNIT", "no unit has the code " + command.unitCode(),
                "unit.unknown", command.unitCode());
        Optional<Period> period = violations.check("period", () -> command.period().toPeriod());
        violations.check("title", () -> DomainException.requireText(command.title(), "INVALID_REPORT", "title"));
        List<Report> current = unit.isPresent() && period.isPresent() ? reports.findCurrent(unit.get(), period.get()) : List.of();
        if (unit.isPresent() && period.isPresent()) {
            violations.checkRule("unitCode", () -> Report.requireOpenUnit(unit.get(), period.get()));
            violations.checkRule("period", () -> Report.requireFirst(unit.get(), period.get(), current));
        }
        violations.throwIfAny();
        Report report = Report.create(unit.orElseThrow(), period.orElseThrow(), command.title(), current);
        report.markChanged(clock.instant());
        reports.add(report);
        reports.update(report);
        audit.record(caller, "createReport", ENTITY, report.id(), report.unit(), report.period(), null,
                ReportSnapshot.of(report, List.of()), null);
        return report;
    }

    /** Changes the heading: title, number, place, date, signer and recipients. */
    public Report editHeading(Caller caller, Heading command) {
        return change(caller, command.reportId(), command.version(), Operation.EDIT_REPORT, "updateReportHeading", null,
                report -> {
                    Violations violations = new Violations();
                    violations.check("title", () -> DomainException.requireText(command.title(), "INVALID_REPORT", "title"));
                    if (command.number() != null && !command.number().isBlank()) {
                        violations.checkRule("number", () -> DocumentNumber.requirePrinted(command.number()));
                    }
                    violations.checkRule("issuedOn", () -> Report.requireIssuedInPeriod(report.period(), command.issuedOn()));
                    boolean signed = command.signerName() != null || command.signerPosition() != null;
                    Optional<Signer> signer = signed
                            ? violations.check("signer", () -> new Signer(command.signerName(), command.signerPosition()))
                            : Optional.empty();
                    List<Recipient> recipients = new ArrayList<>();
                    List<String> lines = command.recipients() == null ? List.of() : command.recipients();
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i);
                        violations.check("recipients[" + i + "]", () -> new Recipient(line, null)).ifPresent(recipients::add);
                    }
                    violations.throwIfAny();
                    report.retitle(command.title());
                    report.head(command.number(), command.place(), command.dateLine(), command.issuedOn());
                    report.signedBy(signer.orElse(null));
                    report.replaceRecipients(recipients);
                });
    }

    /** Writes the outline anew: the sections (three levels: I, 1, 1.1) and their items, in order, with the documents they cite. */
    public Report replaceSections(Caller caller, Outline command) {
        return change(caller, command.reportId(), command.version(), Operation.EDIT_REPORT, "replaceReportSections", null,
                report -> {
                    Violations violations = new Violations();
                    Map<String, Document> cited = documents.findByGivenIds(citations(command.sections()));
                    checkSections(violations, "sections", command.sections(), 1, cited);
                    violations.throwIfAny();
                    report.clearOutline();
                    for (Section s : command.sections()) {
                        fill(report.addSection(s.number(), s.heading(), s.area()), s, cited);
                    }
                });
    }

    /** Records the report's figures anew: every observation it gives, replacing those it gave before. */
    public Report recordObservations(Caller caller, Figures command) {
        return change(caller, command.reportId(), command.version(), Operation.EDIT_REPORT, "recordObservations", null,
                report -> {
                    Violations violations = new Violations();
                    List<Runnable> writes = figures(violations, report, command);
                    violations.throwIfAny();
                    report.forgetStatedObservations();
                    observations.removeOfReport(report);
                    writes.forEach(Runnable::run);
                });
    }

    /**
     * Checks a draft's figures as {@link #recordObservations} does and writes nothing, so that the editor can tell a
     * broken rule at its field while the user types; the version is compared when the figures are recorded.
     */
    public void checkObservations(Caller caller, Figures command) {
        // read without the write lock a change takes: the check runs as the user types, beside another's save
        Report report = load(caller, command.reportId(), Operation.EDIT_REPORT, "checkObservations", reports::findById);
        report.requireEditable();
        Violations violations = new Violations();
        figures(violations, report, command);
        violations.throwIfAny();
    }

    /** Every rule of every figure, each broken one at its path; the writes of the figures, to run once none is. */
    private List<Runnable> figures(Violations violations, Report report, Figures command) {
        List<Runnable> writes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < command.observations().size(); i++) {
            Figure figure = command.observations().get(i);
            String at = "observations[" + i + "]";
            Optional<Indicator> indicator = Optional.ofNullable(figure.indicatorCode()).flatMap(indicators::findByCode);
            violations.require(indicator.isPresent(), at + ".indicatorCode", "UNKNOWN_INDICATOR",
                    "no indicator has the code " + figure.indicatorCode(), "indicator.unknown", figure.indicatorCode());
            Optional<Unit> unit = figure.unitCode() == null ? Optional.of(report.unit()) : units.findByCode(figure.unitCode());
            if (violations.require(unit.isPresent(), at + ".unitCode", "UNKNOWN_UNIT",
                    "no unit has the code " + figure.unitCode(), "unit.unknown", figure.unitCode())) {
                Period p = report.period();
                violations.require(unit.get().isOpenDuring(p.startDate(), p.endDate()), at + ".unitCode", "UNIT_CLOSED",
                        unit.get().code() + " did not exist during " + p, "unit.closed", unit.get().code(), p.labelVi());
            }
            Optional<Breakdown> breakdown = breakdown(violations, at, figure);
            Optional<ObservedValue> value = indicator.flatMap(ind -> value(violations, at, ind, figure));
            if (indicator.isPresent() && unit.isPresent() && breakdown.isPresent()) {
                violations.require(seen.add(indicator.get().code() + "@" + unit.get().code() + "[" + breakdown.get().key() + "]"),
                        at, "DUPLICATE_OBSERVATION", "the same figure is given twice", "observation.duplicate",
                        indicator.get().code(), unit.get().code());
            }
            if (indicator.isPresent() && unit.isPresent() && breakdown.isPresent() && value.isPresent()) {
                writes.add(() -> observations.add(Observation.reported(report, indicator.get(), unit.get(),
                        value.get(), breakdown.get())));
            }
        }
        return writes;
    }

    /** Sends the report to Home Affairs. */
    public Report submit(Caller caller, Decision command) {
        Report sent = change(caller, command.reportId(), command.version(), Operation.SUBMIT_REPORT, "submitReport", null,
                report -> report.submit(VietnamCalendar.today(clock)));
        findings.evaluateSent(caller, sent); // with the sending: what Home Affairs opens has its findings
        return sent;
    }

    /** Home Affairs sends the report back, with the reason. */
    public Report returnForRevision(Caller caller, Decision command) {
        return change(caller, command.reportId(), command.version(), Operation.RETURN_REPORT, "returnReport",
                command.reason(), report -> {
                    Violations violations = new Violations();
                    violations.check("reason", () -> DomainException.requireText(command.reason(), "INVALID_REPORT", "reason"));
                    violations.throwIfAny();
                    report.returnForRevision(command.reason());
                });
    }

    /** Home Affairs approves the report; its figures count from then on in place of any revision it corrects. */
    public Report approve(Caller caller, Decision command) {
        return change(caller, command.reportId(), command.version(), Operation.APPROVE_REPORT, "approveReport",
                command.reason(), Report::approve);
    }

    /**
     * Starts a correction of an approved report: a new draft revision with the same content and figures, linked to
     * it. The approved report stays as it is until the correction is approved.
     */
    public Report revise(Caller caller, Decision command) {
        Report approved = load(caller, command.reportId(), Operation.REVISE_REPORT, "reviseReport");
        VersionConflict.check(ENTITY + " " + approved.id(), command.version(), approved.version());
        Violations violations = new Violations();
        violations.require(reports.findRevisionOf(approved).isEmpty(), "reportId", "REVISION_EXISTS",
                "report " + approved.id() + " already has a correction", "report.revisionExists", approved.id());
        violations.throwIfAny();
        Report draft = Report.revisionOf(approved);
        draft.markChanged(clock.instant());
        reports.add(draft);
        observations.findOfReport(approved).forEach(o -> observations.add(o.copyInto(draft)));
        reports.update(draft);
        audit.record(caller, "reviseReport", ENTITY, draft.id(), draft.unit(), draft.period(), null,
                ReportSnapshot.of(draft, observations.findOfReport(draft)), command.reason());
        return draft;
    }

    /** The common steps of a change to an existing report. */
    private Report change(Caller caller, long reportId, long version, Operation operation, String action, String reason,
                          Consumer<Report> change) {
        return audited().apply(audit, caller, action, load(caller, reportId, operation, action), version, reason, report -> {
            if (operation == Operation.EDIT_REPORT) {
                report.requireEditable(); // before the inputs: a locked report is locked whatever they say
            }
            return () -> {
                change.accept(report);
                report.markChanged(clock.instant());
            };
        });
    }

    /** The report to change, once the caller may: an unknown id is told apart only to those who see every report. */
    private Report load(Caller caller, long reportId, Operation operation, String action) {
        return load(caller, reportId, operation, action, reports::findForChange);
    }

    private Report load(Caller caller, long reportId, Operation operation, String action, LongFunction<Optional<Report>> find) {
        return AccessPolicy.requireOnFound(caller, operation, action, AccessPolicy.reportVisibility(caller).equals(ReportVisibility.ALL),
                () -> find.apply(reportId), report -> report.unit().path(),
                () -> new InvalidInputException(List.of(Violation.of("reportId",
                        new DomainException("NOT_FOUND", "no report has the id " + reportId, "report.unknown", reportId)))));
    }

    /** Checks the outline's rules, each cited id that no document has a violation at its path. */
    private static void checkSections(Violations violations, String at, List<Section> sections, int depth, Map<String, Document> cited) {
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            String path = at + "[" + i + "]";
            violations.check(path + ".number", () -> DomainException.requireText(s.number(), "INVALID_REPORT", "number"))
                    .ifPresent(n -> {
                        if (violations.checkRule(path + ".number", () -> ReportSection.requireNewNumber(numbers, n))) {
                            numbers.add(n);
                        }
                    });
            violations.check(path + ".heading", () -> DomainException.requireText(s.heading(), "INVALID_REPORT", "heading"));
            findCited(violations, path + ".documents", s.documents(), cited);
            List<Item> items = nonNull(s.items());
            for (int j = 0; j < items.size(); j++) {
                Item item = items.get(j);
                violations.check(path + ".items[" + j + "].text", () -> DomainException.requireText(item.text(), "INVALID_REPORT", "text"));
                findCited(violations, path + ".items[" + j + "].documents", item.documents(), cited);
            }
            List<Section> subsections = nonNull(s.subsections());
            if (!subsections.isEmpty()) {
                violations.checkRule(path + ".subsections", () -> ReportSection.requireDepth(depth + 1));
            }
            checkSections(violations, path + ".subsections", subsections, depth + 1, cited);
        }
    }

    /** The ids of every document the outline cites, as given. */
    private static List<String> citations(List<Section> sections) {
        List<String> ids = new ArrayList<>();
        for (Section s : sections) {
            ids.addAll(nonNull(s.documents()));
            nonNull(s.items()).forEach(i -> ids.addAll(nonNull(i.documents())));
            ids.addAll(citations(nonNull(s.subsections())));
        }
        return ids;
    }

    private static void findCited(Violations violations, String at, List<String> ids, Map<String, Document> cited) {
        List<String> given = nonNull(ids);
        for (int k = 0; k < given.size(); k++) {
            String id = given.get(k);
            violations.require(cited.containsKey(id), at + "[" + k + "]", "NOT_FOUND", "no document has the id " + id,
                    "document.unknown", id);
        }
    }

    /** A section's citations and its items with theirs. */
    private static void fill(ReportSection section, Section given, Map<String, Document> cited) {
        section.cites(documents(given.documents(), cited));
        for (Item item : nonNull(given.items())) {
            (item.bullet() ? section.addBullet(item.text()) : section.addParagraph(item.text()))
                    .cites(documents(item.documents(), cited));
        }
        for (Section sub : nonNull(given.subsections())) {
            fill(section.addSubsection(sub.number(), sub.heading(), sub.area()), sub, cited);
        }
    }

    private static Document[] documents(List<String> ids, Map<String, Document> cited) {
        return nonNull(ids).stream().map(cited::get).toArray(Document[]::new);
    }

    private static Optional<Breakdown> breakdown(Violations violations, String at, Figure figure) {
        Breakdown breakdown = Breakdown.total();
        List<ReportCommands.Slice> slices = nonNull(figure.breakdown());
        for (int j = 0; j < slices.size(); j++) {
            ReportCommands.Slice slice = slices.get(j);
            Breakdown narrower = breakdown;
            Optional<Breakdown> next = violations.check(at + ".breakdown[" + j + "].dimension",
                    () -> narrower.and(slice.dimension(), slice.member(), slice.label()));
            if (next.isEmpty()) {
                return Optional.empty();
            }
            breakdown = next.get();
        }
        return Optional.of(breakdown);
    }

    /** The figure's value in the indicator's measure; a broken rule is recorded at the number at fault. */
    private static Optional<ObservedValue> value(Violations violations, String at, Indicator indicator, Figure figure) {
        try {
            return Optional.of(indicator.valueOf(figure.value(), figure.numerator(), figure.denominator()));
        } catch (DomainException broken) {
            String number = indicator.measure() != Measure.RATIO ? ".value" : "ratio.denominator".equals(broken.key()) ? ".denominator"
                    : ".numerator";
            violations.add(at + number, broken);
            return Optional.empty();
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** How a report's change is checked, saved and audited ({@link AuditedChange}). */
    private AuditedChange<Report> audited() {
        return new AuditedChange<>(ENTITY, Report::id, Report::version, Report::id, Report::unit, Report::period,
                report -> ReportSnapshot.of(report, observations.findOfReport(report)), reports::update);
    }
}

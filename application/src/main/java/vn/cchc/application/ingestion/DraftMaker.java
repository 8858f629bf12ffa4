package vn.cchc.application.ingestion;

import static vn.cchc.application.ingestion.FactPaths.at;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.application.document.DocumentCommands.Content;
import vn.cchc.application.document.DocumentCommands.Link;
import vn.cchc.application.document.DocumentService;
import vn.cchc.application.report.PeriodValue;
import vn.cchc.application.report.ReportCommands.Decision;
import vn.cchc.application.report.ReportCommands.Figure;
import vn.cchc.application.report.ReportCommands.Figures;
import vn.cchc.application.report.ReportCommands.Heading;
import vn.cchc.application.report.ReportCommands.Item;
import vn.cchc.application.report.ReportCommands.NewReport;
import vn.cchc.application.report.ReportCommands.Outline;
import vn.cchc.application.report.ReportCommands.Section;
import vn.cchc.application.report.ReportCommands.Slice;
import vn.cchc.application.report.ReportService;
import vn.cchc.application.security.AccessDenied;
import vn.cchc.application.security.Caller;
import vn.cchc.domain.area.ReformArea;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.document.DocumentKind;
import vn.cchc.domain.document.DocumentNumber;
import vn.cchc.domain.document.DocumentRepository;
import vn.cchc.domain.document.LinkType;
import vn.cchc.domain.document.PlanType;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.indicator.ObservationRepository;
import vn.cchc.domain.ingestion.FactKind;
import vn.cchc.domain.ingestion.ProposedFact;
import vn.cchc.domain.ingestion.ReportIngestion;
import vn.cchc.domain.period.PeriodType;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.ProcedureAttribute;
import vn.cchc.domain.procedure.ProcedureField;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.procedure.ProcedureRepository;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.report.ReportRepository;
import vn.cchc.domain.report.ReportStatus;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.shared.InvalidInputException;
import vn.cchc.domain.shared.Violation;
import vn.cchc.domain.unit.AutonomyRegime;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.shared.Violations;
import vn.cchc.domain.unit.UnitRepository;

/**
 * Makes a draft report of an ingestion's accepted facts through the write path every client uses: the cited
 * documents not yet in the directory (createDocument), the report (createReport, or reviseReport over an approved
 * one), its heading, outline and figures. It runs in its caller's transaction: a rule broken anywhere writes nothing,
 * and every violation is named at the fact it came from ({@code facts[N].value}).
 */
@ApplicationScoped
public class DraftMaker {

    @Inject
    ReportService reportService;

    @Inject
    DocumentService documentService;

    @Inject
    UnitRepository units;

    @Inject
    DocumentRepository documents;

    @Inject
    ReportRepository reports;

    @Inject
    ObservationRepository observations;

    @Inject
    ProcedureRepository procedures;

    /** The procedure fields in the order a report's words are matched to them (see {@link Directory}). */
    private List<List<ProcedureField>> fields(Unit unit) {
        Condition inProvince = new Condition.Related(ProcedureAttribute.COMPETENT_UNIT,
                new Condition.WithinSubtree(Directory.provinceOf(unit).code()));
        List<ProcedureField> own = fieldsOf(new Condition.Related(ProcedureAttribute.COMPETENT_UNIT, new Condition.WithinSubtree(unit.code())));
        List<ProcedureField> province = fieldsOf(inProvince);
        List<ProcedureField> elsewhere = fieldsOf(Condition.not(inProvince));
        List<ProcedureField> free = procedures.allFields().stream().filter(f -> !elsewhere.contains(f)).toList();
        return List.of(own, province, free);
    }

    private List<ProcedureField> fieldsOf(Condition procedure) {
        return procedures.find(Criteria.where(procedure), new PageRequest(0, 100_000)).items().stream()
                .map(AdministrativeProcedure::field).distinct().toList();
    }

    /** The draft, with the row each fact became recorded on the ingestion. */
    Report make(Caller caller, ReportIngestion ingestion) {
        List<ProposedFact> accepted = ingestion.accepted();
        Directory directory = new Directory(units, ingestion.unit(), fields(ingestion.unit()));
        Violations violations = new Violations();
        Optional<ProposedFact> periodFact = heading(accepted, "period");
        Optional<ProposedFact> titleFact = heading(accepted, "title");
        violations.require(periodFact.isPresent(), "facts", "PERIOD_MISSING",
                "no accepted fact says which period the report is on: accept or edit the heading's period", "ingestion.periodMissing");
        violations.require(titleFact.isPresent(), "facts", "TITLE_MISSING",
                "no accepted fact gives the report's title", "ingestion.titleMissing");
        Optional<PeriodValue> period = periodFact.flatMap(f -> violations.check(at(f, "value"), () -> period(f.value("value").orElse(""))));
        checkUnits(accepted, directory, violations, ingestion);
        List<Figure> figures = new ArrayList<>();
        FactPaths figurePaths = new FactPaths();
        List<ProposedFact> figureFacts = figures(accepted, directory, violations, figures, figurePaths);
        Map<String, DocumentNumber> numbers = numbers(accepted, violations);
        violations.throwIfAny();

        Map<String, Document> cited = documents(caller, accepted, numbers, directory, ingestion);
        Report report = start(caller, ingestion, period.orElseThrow(), titleFact.orElseThrow(), periodFact.orElseThrow());
        Report headed = report;
        report = headingPaths(accepted).run(() -> reportService.editHeading(caller, heading(headed, accepted)));
        FactPaths outlinePaths = new FactPaths();
        Outline outline = outline(report, accepted, cited, outlinePaths);
        report = outlinePaths.run(() -> reportService.replaceSections(caller, outline));
        Figures given = new Figures(report.id(), report.version(), figures);
        report = figurePaths.run(() -> reportService.recordObservations(caller, given));

        for (ProposedFact fact : accepted) {
            if (fact.kind() != FactKind.FIGURE && fact.kind() != FactKind.DOCUMENT && fact.kind() != FactKind.UNIT) {
                ingestion.created(fact.ordinal(), "Report", report.id());
            }
        }
        List<Observation> recorded = observations.findOfReport(report);
        for (int i = 0; i < figureFacts.size(); i++) {
            ProposedFact fact = figureFacts.get(i);
            Figure figure = figures.get(i);
            recorded.stream().filter(o -> same(o, figure, ingestion.unit())).findFirst()
                    .ifPresent(o -> ingestion.created(fact.ordinal(), "Observation", o.id()));
        }
        return report;
    }

    private static Optional<ProposedFact> heading(List<ProposedFact> accepted, String field) {
        return accepted.stream().filter(f -> f.kind() == FactKind.HEADING && f.key().equals(field)).findFirst();
    }

    private static String headingValue(List<ProposedFact> accepted, String field) {
        return heading(accepted, field).flatMap(f -> f.value("value")).orElse(null);
    }

    /** "QUARTER 2022 1", "HALF_YEAR 2023 1", "YEAR 2022": the period as the heading fact gives it. */
    private static PeriodValue period(String value) {
        String[] parts = value.strip().split("\\s+");
        try {
            PeriodValue period = new PeriodValue(PeriodType.valueOf(parts[0]), Integer.parseInt(parts[1]),
                    parts.length > 2 ? Integer.valueOf(parts[2]) : null);
            period.toPeriod();
            return period;
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new DomainException("INVALID_PERIOD", "'" + value + "' is not a period: give TYPE YEAR [NUMBER], e.g. QUARTER 2022 1",
                    "ingestion.invalidPeriod", value);
        }
    }

    /** A new draft for the unit and period, or a correction of the approved report there. */
    private Report start(Caller caller, ReportIngestion ingestion, PeriodValue period, ProposedFact title, ProposedFact periodFact) {
        Optional<Report> latest = reports.findCurrent(ingestion.unit(), period.toPeriod()).stream()
                .max(Comparator.comparingInt(Report::revision));
        if (latest.isEmpty()) {
            FactPaths paths = new FactPaths().put("title", title).put("period", periodFact).put("unitCode", periodFact);
            return paths.run(() -> reportService.create(caller, new NewReport(ingestion.unit().code(), period,
                    title.value("value").orElse(""))));
        }
        Report existing = latest.get();
        if (existing.status() != ReportStatus.APPROVED) {
            Violations violations = new Violations();
            violations.add(at(periodFact, "value"), new DomainException("REPORT_EXISTS", "a report of " + ingestion.unit().code()
                    + " on this period is " + existing.status() + " already (report " + existing.id()
                    + "): finish that one, or ingest into its correction once it is approved", "ingestion.reportExists",
                    ingestion.unit().code(), existing.id(), existing.status()));
            violations.throwIfAny();
        }
        return new FactPaths().put("reportId", periodFact)
                .run(() -> reportService.revise(caller, new Decision(existing.id(), existing.version(), null)));
    }

    private static FactPaths headingPaths(List<ProposedFact> accepted) {
        FactPaths paths = new FactPaths();
        for (String field : List.of("title", "number", "place", "dateLine")) {
            heading(accepted, field).ifPresent(f -> paths.put(field, f));
        }
        accepted.stream().filter(f -> f.kind() == FactKind.SIGNER).findFirst().ifPresent(f -> paths.put("signer", f));
        List<ProposedFact> recipients = accepted.stream().filter(f -> f.kind() == FactKind.RECIPIENT).toList();
        for (int i = 0; i < recipients.size(); i++) {
            paths.put("recipients[" + i + "]", recipients.get(i));
        }
        return paths;
    }

    private static Heading heading(Report report, List<ProposedFact> accepted) {
        Optional<ProposedFact> signer = accepted.stream().filter(f -> f.kind() == FactKind.SIGNER).findFirst();
        List<String> recipients = accepted.stream().filter(f -> f.kind() == FactKind.RECIPIENT)
                .map(f -> f.value("text").orElse("")).toList();
        return new Heading(report.id(), report.version(), headingValue(accepted, "title"), headingValue(accepted, "number"),
                headingValue(accepted, "place"), headingValue(accepted, "dateLine"), null,
                signer.flatMap(s -> s.value("name")).orElse(null), signer.flatMap(s -> s.value("position")).orElse(null),
                recipients);
    }

    /** The accepted sections (by their paths: "II", "II/5", "II/5/5.1") with their accepted items. */
    private static Outline outline(Report report, List<ProposedFact> accepted, Map<String, Document> cited, FactPaths paths) {
        List<ProposedFact> sections = accepted.stream().filter(f -> f.kind() == FactKind.SECTION).toList();
        List<Section> top = new ArrayList<>();
        for (ProposedFact section : sections) {
            if (!section.key().contains("/")) {
                top.add(section(section, sections, accepted, cited, paths, "sections[" + top.size() + "]"));
            }
        }
        return new Outline(report.id(), report.version(), top);
    }

    private static Section section(ProposedFact fact, List<ProposedFact> sections, List<ProposedFact> accepted,
                                   Map<String, Document> cited, FactPaths paths, String path) {
        paths.put(path, fact);
        List<Item> items = new ArrayList<>();
        for (ProposedFact item : accepted) {
            if (item.kind() == FactKind.ITEM && item.key().startsWith(fact.key() + "#")) {
                paths.put(path + ".items[" + items.size() + "]", item);
                items.add(new Item(item.value("text").orElse(""), Boolean.parseBoolean(item.value("bullet").orElse("false")),
                        ids(item, cited)));
            }
        }
        List<Section> subsections = new ArrayList<>();
        for (ProposedFact sub : sections) {
            if (sub.key().contains("/") && sub.key().substring(0, sub.key().lastIndexOf('/')).equals(fact.key())) {
                subsections.add(section(sub, sections, accepted, cited, paths, path + ".subsections[" + subsections.size() + "]"));
            }
        }
        ReformArea area = fact.value("area").map(ReformArea::valueOf).orElse(null);
        return new Section(fact.value("number").orElse(""), fact.value("heading").orElse(""), area, ids(fact, cited), items,
                subsections);
    }

    /** The ids of the accepted documents a section or item cites; a rejected document is not cited. */
    private static List<String> ids(ProposedFact fact, Map<String, Document> cited) {
        return fact.value("documents").stream().flatMap(list -> List.of(list.split(",\\s*")).stream())
                .map(cited::get).filter(java.util.Objects::nonNull).map(d -> String.valueOf(d.id())).distinct().toList();
    }

    private static Map<String, DocumentNumber> numbers(List<ProposedFact> accepted, Violations violations) {
        Map<String, DocumentNumber> numbers = new LinkedHashMap<>();
        for (ProposedFact fact : accepted) {
            if (fact.kind() == FactKind.DOCUMENT) {
                violations.check(at(fact, "number"), () -> DocumentNumber.parse(fact.value("number").orElse("")))
                        .ifPresent(n -> numbers.put(fact.key(), n));
                violations.check(at(fact, "kind"), () -> DocumentKind.valueOf(fact.value("kind").orElse("")));
            }
        }
        return numbers;
    }

    /**
     * The cited documents by the number the facts give: the one the directory has (of that issuer, when it has more
     * than one), or a new one recorded through createDocument, amended documents first.
     */
    private Map<String, Document> documents(Caller caller, List<ProposedFact> accepted, Map<String, DocumentNumber> numbers,
                                            Directory directory, ReportIngestion ingestion) {
        Map<String, Document> found = new HashMap<>();
        List<ProposedFact> unknown = new ArrayList<>();
        for (ProposedFact fact : accepted) {
            if (fact.kind() != FactKind.DOCUMENT) {
                continue;
            }
            known(fact, numbers.get(fact.key()), directory).ifPresentOrElse(d -> {
                found.put(fact.key(), d);
                ingestion.created(fact.ordinal(), "Document", d.id());
            }, () -> unknown.add(fact));
        }
        Violations violations = new Violations();
        unknown.sort(Comparator.comparing(f -> f.value("amends").isPresent()));
        for (ProposedFact fact : unknown) {
            Optional<Unit> issuer = issuer(fact, directory);
            if (!violations.require(issuer.isPresent(), at(fact, "issuer"), "UNKNOWN_ISSUER", "no unit of "
                    + directory.province().name() + " nor a national body is named '" + fact.value("issuer").orElse(fact.key())
                    + "': give its code as the issuer", "ingestion.unknownIssuer", fact.value("issuer").orElse(fact.key()))) {
                continue;
            }
            Optional<LocalDate> issuedOn = fact.value("issuedOn").flatMap(d -> violations.check(at(fact, "issuedOn"), () -> LocalDate.parse(d)));
            List<Link> links = fact.value("amends").map(numbers::get).isPresent() && found.containsKey(fact.value("amends").get())
                    ? List.of(new Link(LinkType.AMENDS, String.valueOf(found.get(fact.value("amends").get()).id()))) : List.of();
            DocumentKind kind = DocumentKind.valueOf(fact.value("kind").orElseThrow());
            Integer planYear = kind == DocumentKind.PLAN ? fact.value("planYear").map(Integer::valueOf).orElse(null) : null;
            PlanType planType = kind == DocumentKind.PLAN ? fact.value("planType").map(PlanType::valueOf).orElse(PlanType.OTHER) : null;
            String drafter = fact.value("drafted").map(Boolean::parseBoolean).orElse(false) ? directory.reportUnit().code() : null;
            Content content = new Content(numbers.get(fact.key()).printed(), kind, issuedOn.orElse(null), issuer.get().code(),
                    drafter, fact.value("subject").orElse(null), planYear, planType, links);
            if (violations.isEmpty()) {
                Document created = new FactPaths().put("", fact).run(() -> create(caller, content, fact));
                found.put(fact.key(), created);
                ingestion.created(fact.ordinal(), "Document", created.id());
            }
        }
        violations.throwIfAny();
        return found;
    }

    /**
     * The directory's document a citation is: the one of its number, or, when the directory has several, the one of
     * the issuer the citation names; none when the draft would record it as new.
     */
    private Optional<Document> known(ProposedFact fact, DocumentNumber number, Directory directory) {
        List<Document> known = documents.findByNumber(number);
        if (known.size() == 1) {
            return Optional.of(known.get(0));
        }
        Optional<Unit> issuer = issuer(fact, directory);
        return known.stream().filter(d -> issuer.map(u -> d.issuer().code().equals(u.code())).orElse(false)).findFirst();
    }

    /** The directory's document a proposed citation is, before any draft is made; none for another kind of fact. */
    Optional<Document> knownDocument(ProposedFact fact, Unit reportUnit) {
        if (fact.kind() != FactKind.DOCUMENT) {
            return Optional.empty();
        }
        return fact.value("number").flatMap(DraftMaker::number)
                .flatMap(n -> known(fact, n, new Directory(units, reportUnit, List.of())));
    }

    private static Optional<DocumentNumber> number(String printed) {
        try {
            return Optional.of(DocumentNumber.parse(printed));
        } catch (DomainException notANumber) {
            return Optional.empty(); // an edit may leave a number no document can have
        }
    }

    /**
     * Records a cited document; one the caller may not record (a reporter records only what its subtree issued or
     * drafted) is named at its fact, for the reviewer to reject it or to ask who may to add it to the directory.
     */
    private Document create(Caller caller, Content content, ProposedFact fact) {
        try {
            return documentService.create(caller, content, List.of());
        } catch (AccessDenied denied) {
            throw new InvalidInputException(List.of(Violation.of(at(fact, "issuer"), new DomainException(denied.code(),
                    content.number() + " of " + content.issuerCode() + " is not in the directory, and " + caller.name()
                    + " may not record it: reject the fact, or ask who keeps " + content.issuerCode() + "'s documents to add it",
                    "ingestion.documentNotYours", content.number(), content.issuerCode()))));
        }
    }

    private static Optional<Unit> issuer(ProposedFact fact, Directory directory) {
        Optional<Unit> named = directory.unitNamed(fact.value("issuer").orElse(null));
        return named.isPresent() ? named : directory.unitOfSymbol(fact.key());
    }

    /** A named unit must be in the directory, below the report's unit, with the regime the report states. */
    private static void checkUnits(List<ProposedFact> accepted, Directory directory, Violations violations, ReportIngestion ingestion) {
        for (ProposedFact fact : accepted) {
            if (fact.kind() != FactKind.UNIT) {
                continue;
            }
            Optional<Unit> unit = directory.unitNamed(fact.value("name").orElse("")).filter(u -> u.isWithin(directory.reportUnit()));
            if (violations.require(unit.isPresent(), at(fact, "name"), "UNKNOWN_UNIT", "no unit below "
                    + directory.reportUnit().code() + " is named '" + fact.value("name").orElse("") + "': add it to the directory first,"
                    + " or reject the fact", "ingestion.unknownUnit", fact.value("name").orElse(""), directory.reportUnit().code())) {
                Optional<AutonomyRegime> stated = fact.value("autonomyRegime").flatMap(r -> violations.check(at(fact, "autonomyRegime"),
                        () -> AutonomyRegime.valueOf(r)));
                violations.require(stated.isEmpty() || unit.get().autonomyRegime().equals(stated), at(fact, "autonomyRegime"),
                        "AUTONOMY_DIFFERS", unit.get().code() + " is " + unit.get().autonomyRegime().map(Enum::name).orElse("without a regime")
                        + " in the directory: change the unit there, or edit the fact", "ingestion.autonomyDiffers", unit.get().code());
                ingestion.created(fact.ordinal(), "Unit", unit.get().id());
            }
        }
    }

    /** The accepted figures as the report's observations; an approximate one cannot be recorded as it is. */
    private static List<ProposedFact> figures(List<ProposedFact> accepted, Directory directory, Violations violations,
                                              List<Figure> figures, FactPaths paths) {
        List<ProposedFact> facts = new ArrayList<>();
        for (ProposedFact fact : accepted) {
            if (fact.kind() != FactKind.FIGURE) {
                continue;
            }
            if (!violations.require(fact.value("approximation").isEmpty(), at(fact, "value"), "APPROXIMATE_FIGURE",
                    "the report gives this figure as an approximation ('" + fact.value("approximation").orElse("") + " "
                    + fact.value("value").orElse("") + "'): edit it to the exact value, or reject it", "ingestion.approximate")) {
                continue;
            }
            List<Slice> breakdown = new ArrayList<>();
            fact.value("field").ifPresent(label -> {
                Optional<ProcedureField> field = directory.fieldNamed(label);
                if (violations.require(field.isPresent(), at(fact, "field"), "UNKNOWN_FIELD", "no procedure field is named '" + label
                        + "': give its code", "ingestion.unknownProcedureField", label)) {
                    breakdown.add(new Slice("FIELD", field.get().code(), label));
                }
            });
            fact.value("dossierKind").ifPresent(kind -> breakdown.add(new Slice("DOSSIER_KIND", kind, fact.value("dossierKindLabel").orElse(null))));
            String unitCode = fact.value("scope").filter("PROVINCE"::equals).map(s -> directory.province().code()).orElse(null);
            Optional<Double> value = number(fact, "value", violations).map(Long::doubleValue);
            if (value.isEmpty()) {
                value = fact.value("value").filter(v -> v.contains(".")).flatMap(v -> violations.check(at(fact, "value"), () -> Double.valueOf(v)));
            }
            paths.put("observations[" + figures.size() + "]", fact);
            figures.add(new Figure(fact.value("indicator").orElse(null), unitCode, value.orElse(null),
                    number(fact, "numerator", violations).orElse(null), number(fact, "denominator", violations).orElse(null), breakdown));
            facts.add(fact);
        }
        return facts;
    }

    private static Optional<Long> number(ProposedFact fact, String name, Violations violations) {
        return fact.value(name).filter(v -> !v.contains(".")).flatMap(v -> violations.check(at(fact, name), () -> {
            try {
                return Long.valueOf(v);
            } catch (NumberFormatException e) {
                throw new DomainException("INVALID_NUMBER", "'" + v + "' is not a whole number", "ingestion.invalidNumber", v);
            }
        }));
    }

    private static boolean same(Observation observation, Figure figure, Unit reportUnit) {
        String unit = figure.unitCode() == null ? reportUnit.code() : figure.unitCode();
        List<String> members = figure.breakdown().stream().map(s -> s.dimension() + "=" + s.member()).toList();
        List<String> recorded = observation.breakdown().stream().map(m -> m.dimension() + "=" + m.member()).toList();
        return observation.indicator().code().equals(figure.indicatorCode()) && observation.unit().code().equals(unit)
                && recorded.equals(members);
    }
}

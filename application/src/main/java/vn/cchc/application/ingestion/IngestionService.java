package vn.cchc.application.ingestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.cchc.application.audit.AuditTrail;
import vn.cchc.application.ingestion.IngestionCommands.FactReview;
import vn.cchc.application.ingestion.IngestionCommands.MakeDraft;
import vn.cchc.application.ingestion.IngestionCommands.Review;
import vn.cchc.application.ingestion.IngestionCommands.Upload;
import vn.cchc.application.security.AccessPolicy;
import vn.cchc.application.security.Caller;
import vn.cchc.application.security.Operation;
import vn.cchc.application.security.Role;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.ingestion.FactDecision;
import vn.cchc.domain.ingestion.ProposedFact;
import vn.cchc.domain.ingestion.ReportExtractor;
import vn.cchc.domain.ingestion.ReportFileRefused;
import vn.cchc.domain.ingestion.ReportFiles;
import vn.cchc.domain.ingestion.ReportIngestion;
import vn.cchc.domain.ingestion.ReportIngestionRepository;
import vn.cchc.domain.ingestion.ReportText;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.shared.InvalidInputException;
import vn.cchc.domain.shared.VersionConflict;
import vn.cchc.domain.shared.Violation;
import vn.cchc.domain.shared.Violations;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitRepository;

/**
 * Report ingestion, each method one transaction: the caller's right first (a reporter for its own unit's subtree),
 * then the lookup, the version read, every rule, and only then the change and its audit entry.
 */
@ApplicationScoped
@Transactional
public class IngestionService {

    static final String ENTITY = "ReportIngestion";

    private final Clock clock = Clock.systemUTC();
    private final ReportExtractor extractor = new ReportExtractor();

    @Inject
    ReportIngestionRepository ingestions;

    @Inject
    UnitRepository units;

    @Inject
    ReportFiles files;

    @Inject
    DraftMaker drafts;

    @Inject
    AuditTrail audit;

    /** Takes a file in for a unit: keeps it and proposes its facts. A file that cannot be read writes nothing. */
    public ReportIngestion ingest(Caller caller, Upload upload) {
        Unit unit = AccessPolicy.requireOnFound(caller, Operation.INGEST_REPORT, "ingestReport", caller.has(Role.ADMIN),
                () -> Optional.ofNullable(upload.unitCode()).flatMap(units::findByCode), Unit::path,
                () -> invalid("unitCode", "UNKNOWN_UNIT", "no unit has the code " + upload.unitCode(), "unit.unknown", upload.unitCode()));
        ReportText text;
        try {
            text = files.read(upload.fileName(), upload.content(), upload.charset());
        } catch (ReportFileRefused refused) {
            throw new InvalidInputException(List.of(Violation.of("content", refused)));
        }
        ReportIngestion ingestion = ReportIngestion.propose(unit, caller.name(), clock.instant(), upload.fileName(),
                upload.content(), text, extractor);
        ingestions.add(ingestion);
        audit.record(caller, "ingestReport", ENTITY, ingestion.id(), unit, null, null, summary(ingestion), null);
        return ingestion;
    }

    /** An ingestion the caller may review. */
    public ReportIngestion find(Caller caller, long id) {
        return load(caller, id, "reportIngestion");
    }

    /**
     * The directory's document a proposed citation is (the one the draft will cite), or none when the draft would
     * record it anew: for whoever reads the directory.
     */
    public Optional<Document> knownDocument(Caller caller, ProposedFact fact, Unit reportUnit) {
        AccessPolicy.require(caller, Operation.READ_DIRECTORY, "reportIngestion");
        return drafts.knownDocument(fact, reportUnit);
    }

    /** Decides on facts: accepts, rejects, or edits them (and so accepts them); all or none. */
    public ReportIngestion review(Caller caller, Review command) {
        ReportIngestion ingestion = load(caller, command.ingestionId(), "reviewReportIngestion");
        VersionConflict.check(ENTITY + " " + ingestion.id(), command.version(), ingestion.version());
        Violations violations = new Violations();
        List<FactReview> facts = command.facts() == null ? List.of() : command.facts();
        for (int i = 0; i < facts.size(); i++) {
            FactReview review = facts.get(i);
            String at = "facts[" + i + "]";
            violations.checkRule(at, () -> {
                if (review.values() != null && !review.values().isEmpty()) {
                    DomainException.require(review.decision() == null || review.decision() == FactDecision.ACCEPTED, "INVALID_REVIEW",
                            "values edit a fact, which accepts it: give no other decision with them", "ingestion.editAccepts");
                    ingestion.edit(review.fact(), review.values());
                } else {
                    DomainException.require(review.decision() != null, "INVALID_REVIEW", "give a decision or the fact's values",
                            "ingestion.reviewEmpty");
                    ingestion.decide(review.fact(), review.decision());
                }
            });
        }
        if (command.acceptRest()) {
            violations.checkRule("acceptRest", ingestion::acceptUndecided);
        }
        violations.throwIfAny();
        ingestions.update(ingestion);
        audit.record(caller, "reviewReportIngestion", ENTITY, ingestion.id(), ingestion.unit(), null, null, summary(ingestion), null);
        return ingestion;
    }

    /** Makes the draft report of the accepted facts, through the report and document services, in this transaction. */
    public Report draft(Caller caller, MakeDraft command) {
        ReportIngestion ingestion = load(caller, command.ingestionId(), "draftReportFromIngestion");
        VersionConflict.check(ENTITY + " " + ingestion.id(), command.version(), ingestion.version());
        Violations violations = new Violations();
        violations.checkRule("ingestionId", ingestion::requireProposed);
        violations.throwIfAny();
        Report report = drafts.make(caller, ingestion);
        ingestion.drafted(report);
        audit.record(caller, "draftReportFromIngestion", ENTITY, ingestion.id(), ingestion.unit(), report.period(), null,
                summary(ingestion), null);
        return report;
    }

    /** The row a draft made, its fact and ingestion: for whoever may read ingestions of that unit. */
    public Optional<Origin> origin(Caller caller, String rowType, long rowId) {
        if (!AccessPolicy.allows(caller, Operation.READ_DIRECTORY)) {
            return Optional.empty();
        }
        return ingestions.origin(rowType, rowId).map(fact -> new Origin(ingestions.ingestionOf(fact), fact))
                .filter(o -> AccessPolicy.readsAllIngestions(caller)
                        || AccessPolicy.permits(caller, Operation.INGEST_REPORT, o.ingestion().unit().path()));
    }

    /** A row's origin: the ingestion and the fact it was made of. */
    public record Origin(ReportIngestion ingestion, ProposedFact fact) {
    }

    private ReportIngestion load(Caller caller, long id, String operation) {
        return AccessPolicy.requireOnFound(caller, Operation.INGEST_REPORT, operation, caller.has(Role.ADMIN),
                () -> ingestions.find(id), ingestion -> ingestion.unit().path(),
                () -> new DomainException("NOT_FOUND", "no report ingestion has the id " + id, "ingestion.notFound", id));
    }

    private static DomainException invalid(String field, String code, String message, String key, Object... args) {
        return new InvalidInputException(List.of(Violation.of(field, new DomainException(code, message, key, args))));
    }

    private static String summary(ReportIngestion ingestion) {
        return Json.createObjectBuilder().add("fileName", ingestion.fileName()).add("format", ingestion.format().name())
                .add("facts", ingestion.facts().size()).add("accepted", ingestion.accepted().size())
                .add("state", ingestion.state().name()).build().toString();
    }
}

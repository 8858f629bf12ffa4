package vn.cchc.persistence.jpa;

import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Path;
import java.util.function.Function;
import vn.cchc.domain.audit.AuditAttribute;
import vn.cchc.domain.audit.AuditEntry;
import vn.cchc.domain.document.Document;
import vn.cchc.domain.finding.Finding;
import vn.cchc.domain.finding.FindingAttribute;
import vn.cchc.domain.document.DocumentAttribute;
import vn.cchc.domain.document.PlanTask;
import vn.cchc.domain.document.PlanTaskAttribute;
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.dossier.DossierAttribute;
import vn.cchc.domain.dossier.ImportJob;
import vn.cchc.domain.dossier.ImportJobAttribute;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.IndicatorAttribute;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.indicator.ObservationAttribute;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.ProcedureAttribute;
import vn.cchc.domain.procedure.ProcedureField;
import vn.cchc.domain.procedure.ProcedureFieldAttribute;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.report.ReportAttribute;
import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitAttribute;

/**
 * Where the domain's attributes of one entity live in its JPA mapping: each value attribute is an attribute path
 * ("period.year"), each relation an attribute with the model of the entity it leads to. The paths are constants of
 * this class; nothing a client sends ever becomes part of a path. A model may lack some attributes of the aggregate
 * it stands for (a summary of dossiers): their path is null, and {@link #reads} tells whether a condition avoids them.
 *
 * @param searchable the entity keeps a folded SEARCH_TEXT that {@link vn.cchc.domain.shared.Condition.Search} matches
 * @param tree       the entity is a unit, with the TREE_PATH {@link vn.cchc.domain.shared.Condition.WithinSubtree} tests
 */
record Model<T>(Class<T> type, Function<Attribute, String> paths, Function<Attribute, Model<?>> targets,
                boolean searchable, boolean tree) {

    static final Model<Unit> UNIT = new Model<>(Unit.class, a -> switch ((UnitAttribute) a) {
        case CODE -> "code";
        case NAME -> "name";
        case SHORT_NAME -> "shortName";
        case KIND -> "kind";
        case AUTONOMY_REGIME -> "autonomyRegime";
        case VALID_FROM -> "validFrom";
        case VALID_TO -> "validTo";
        case GENERATED -> "generated";
        case PARENT -> "parent";
    }, a -> Model.UNIT, true, true);

    static final Model<Document> DOCUMENT = new Model<>(Document.class, a -> switch ((DocumentAttribute) a) {
        case NUMBER -> "number.printed";
        case KIND -> "kind";
        case ISSUED_ON -> "issuedOn";
        case SUBJECT -> "subject";
        case ISSUER -> "issuer";
        case DRAFTER -> "drafter";
    }, a -> Model.UNIT, true, false);

    static final Model<PlanTask> PLAN_TASK = new Model<>(PlanTask.class, a -> switch ((PlanTaskAttribute) a) {
        case PLAN -> "plan";
        case NUMBER -> "number";
        case STATUS -> "status";
        case AREA -> "area";
        case LEAD_UNIT -> "leadUnit";
        case DEADLINE -> "deadline";
        case COMPLETED_ON -> "completedOn";
    }, a -> a == PlanTaskAttribute.PLAN ? Model.DOCUMENT : Model.UNIT, true, false);

    static final Model<ProcedureField> FIELD = new Model<>(ProcedureField.class, a -> switch ((ProcedureFieldAttribute) a) {
        case CODE -> "code";
        case NAME -> "name";
    }, a -> {
        throw new IllegalArgumentException("a procedure field has no relation " + a);
    }, false, false);

    static final Model<AdministrativeProcedure> PROCEDURE = new Model<>(AdministrativeProcedure.class,
            a -> switch ((ProcedureAttribute) a) {
                case CODE -> "code";
                case NATIONAL_CODE -> "nationalCode";
                case NAME -> "name";
                case ONLINE_SERVICE -> "onlineService";
                case LEGACY_ONLINE_LEVEL -> "legacyOnlineLevel";
                case PUBLICISED -> "publicised";
                case FIELD -> "field";
                case COMPETENT_UNIT -> "competentUnit";
            }, a -> a == ProcedureAttribute.FIELD ? Model.FIELD : Model.UNIT, true, false);

    static final Model<Indicator> INDICATOR = new Model<>(Indicator.class, a -> switch ((IndicatorAttribute) a) {
        case CODE -> "code";
        case AREA -> "area";
        case MEASURE -> "measure";
    }, a -> {
        throw new IllegalArgumentException("an indicator has no relation " + a);
    }, false, false);

    static final Model<Report> REPORT = new Model<>(Report.class, a -> switch ((ReportAttribute) a) {
        case PERIOD_YEAR -> "period.year";
        case PERIOD_TYPE -> "period.type";
        case PERIOD_NUMBER -> "period.number";
        case STATUS -> "status";
        case TITLE -> "title";
        case ISSUED_ON -> "issuedOn";
        case UNIT -> "unit";
    }, a -> Model.UNIT, true, false);

    static final Model<Observation> OBSERVATION = new Model<>(Observation.class, a -> switch ((ObservationAttribute) a) {
        case PERIOD_YEAR -> "period.year";
        case PERIOD_TYPE -> "period.type";
        case PERIOD_NUMBER -> "period.number";
        case SOURCE -> "source";
        case VALUE -> "value.value";
        case BREAKDOWN_KEY -> "breakdownKey";
        case UNIT -> "unit";
        case INDICATOR -> "indicator";
        case REPORT -> "report";
    }, a -> switch ((ObservationAttribute) a) {
        case INDICATOR -> Model.INDICATOR;
        case REPORT -> Model.REPORT;
        default -> Model.UNIT;
    }, false, false);

    static final Model<Dossier> DOSSIER = new Model<>(Dossier.class, a -> switch ((DossierAttribute) a) {
        case CODE -> "code";
        case RECEIVED_ON -> "receivedOn";
        case DUE_ON -> "dueOn";
        case CLOSED_ON -> "closedOn";
        case STATUS -> "status";
        case CHANNEL -> "channel";
        case KIND -> "kind";
        case UNIT -> "unit";
        case PROCEDURE -> "procedure";
    }, a -> a == DossierAttribute.PROCEDURE ? Model.PROCEDURE : Model.UNIT, false, false);

    /**
     * The rows of the quarterly dossier summary, as dossiers: a row has the unit, procedure, channel and kind of its
     * dossiers and nothing else of them, so conditions on other attributes are not {@link #reads read} here.
     */
    static final Model<DossierQuarterSummary> DOSSIER_QUARTER_SUMMARY = new Model<>(DossierQuarterSummary.class,
            a -> switch ((DossierAttribute) a) {
                case UNIT -> "unit";
                case PROCEDURE -> "procedure";
                case CHANNEL -> "channel";
                case KIND -> "kind";
                default -> null;
            }, DOSSIER.targets(), false, false);

    /** The summary's sums by unit and quarter, as dossiers: only conditions on the unit are {@link #reads read} here. */
    static final Model<UnitQuarterSummary> UNIT_QUARTER_SUMMARY = new Model<>(UnitQuarterSummary.class,
            a -> a == DossierAttribute.UNIT ? "unit" : null, DOSSIER.targets(), false, false);

    /** The summary's sums by unit and half-month, as dossiers: only conditions on the unit are {@link #reads read} here. */
    static final Model<UnitHalfMonthSummary> UNIT_HALF_MONTH_SUMMARY = new Model<>(UnitHalfMonthSummary.class,
            a -> a == DossierAttribute.UNIT ? "unit" : null, DOSSIER.targets(), false, false);

    static final Model<AuditEntry> AUDIT = new Model<>(AuditEntry.class, a -> switch ((AuditAttribute) a) {
        case RECORDED_ON -> "recordedOn";
        case ACTOR -> "actor";
        case ACTION -> "action";
        case ENTITY_TYPE -> "entityType";
        case ENTITY_ID -> "entityId";
        case UNIT -> "unit";
        case PERIOD_YEAR -> "period.year";
        case PERIOD_TYPE -> "period.type";
        case PERIOD_NUMBER -> "period.number";
    }, a -> Model.UNIT, false, false);

    static final Model<ImportJob> IMPORT_JOB = new Model<>(ImportJob.class, a -> switch ((ImportJobAttribute) a) {
        case STATE -> "state";
        case FORMAT -> "format";
        case STARTED_BY -> "startedBy";
        case CREATED_AT -> "createdAt";
        case CREATED_ON -> "createdOn";
        case FINISHED_AT -> "finishedAt";
        case FINISHED_ON -> "finishedOn";
        case ROWS_READ -> "rowsRead";
        case ERROR_COUNT -> "errorCount";
    }, a -> {
        throw new IllegalArgumentException("an import job has no relation " + a);
    }, false, false);

    static final Model<Finding> FINDING = new Model<>(Finding.class, a -> switch ((FindingAttribute) a) {
        case RULE -> "rule";
        case SEVERITY -> "severity";
        case STATUS -> "status";
        case UNIT -> "unit";
        case PERIOD_YEAR -> "period.year";
        case PERIOD_TYPE -> "period.type";
        case PERIOD_NUMBER -> "period.number";
        case DETECTED_AT -> "detectedAt";
        case STATUS_CHANGED_AT -> "changedAt";
    }, a -> Model.UNIT, false, false);

    /**
     * Whether every attribute the condition names on this entity has a path here (a relation's own condition is on
     * the entity it leads to, which has them all), and its text searches and subtrees apply: then {@link Where}
     * translates it.
     */
    boolean reads(Condition condition) {
        if (condition instanceof Condition.All all) {
            return all.parts().stream().allMatch(this::reads);
        }
        if (condition instanceof Condition.Any any) {
            return any.parts().stream().allMatch(this::reads);
        }
        if (condition instanceof Condition.Not not) {
            return reads(not.condition());
        }
        if (condition instanceof Condition.Search) {
            return searchable;
        }
        if (condition instanceof Condition.WithinSubtree) {
            return tree;
        }
        Attribute named = condition instanceof Condition.Compare c ? c.attribute()
                : condition instanceof Condition.OneOf o ? o.attribute()
                : condition instanceof Condition.IsNull n ? n.attribute()
                : ((Condition.Related) condition).relation();
        return paths.apply(named) != null;
    }

    /** The path of an attribute from the entity. */
    <Y> Path<Y> path(From<?, T> entity, Attribute attribute) {
        Path<?> path = entity;
        for (String part : paths.apply(attribute).split("\\.")) {
            path = path.get(part);
        }
        @SuppressWarnings("unchecked")
        Path<Y> typed = (Path<Y>) path;
        return typed;
    }

    /** The name of the JPA attribute holding a relation, e.g. "issuer". */
    String relation(Attribute relation) {
        return paths.apply(relation);
    }
}

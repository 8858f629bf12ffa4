package vn.cchc.application.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.cchc.application.audit.AuditTrail;
import vn.cchc.application.audit.AuditedChange;
import vn.cchc.application.procedure.ProcedureCommands.Description;
import vn.cchc.application.procedure.ProcedureCommands.Level;
import vn.cchc.application.security.AccessPolicy;
import vn.cchc.application.security.Caller;
import vn.cchc.application.security.Operation;
import vn.cchc.application.unit.UnitCodes;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.procedure.OnlineServiceChange;
import vn.cchc.domain.procedure.ProcedureField;
import vn.cchc.domain.procedure.ProcedureRepository;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.shared.InvalidInputException;
import vn.cchc.domain.shared.Violation;
import vn.cchc.domain.shared.Violations;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitRepository;

/**
 * Records administrative procedures, each write one transaction in the order of every write: the caller's right (a
 * reporter writes the procedures its subtree is competent for, before and after the change), the version the client
 * read, every rule of every input value, then the change and its audit entry. A change of online level is added to the
 * procedure's dated history, never written over it.
 */
@ApplicationScoped
@Transactional
public class ProcedureService {

    static final String ENTITY = "Procedure";

    @Inject
    ProcedureRepository procedures;

    @Inject
    UnitRepository units;

    @Inject
    AuditTrail audit;

    protected ProcedureService() {
        // for CDI
    }

    public ProcedureService(ProcedureRepository procedures, UnitRepository units, AuditTrail audit) {
        this.procedures = procedures;
        this.units = units;
        this.audit = audit;
    }

    /** Records a procedure, with the online level it is offered at from a day on when that is known. */
    public AdministrativeProcedure create(Caller caller, String code, Description description) {
        AccessPolicy.requireAllowed(caller, Operation.EDIT_PROCEDURE, "createProcedure");
        Optional<Unit> unit = UnitCodes.find(units, description.competentUnitCode());
        AccessPolicy.require(caller, Operation.EDIT_PROCEDURE, unit.map(Unit::path).orElse(null), "createProcedure");
        Violations violations = new Violations();
        violations.check("code", () -> DomainException.requireText(code, "INVALID_PROCEDURE", "code"))
                .ifPresent(c -> violations.require(procedures.findByCode(c).isEmpty(), "code", "DUPLICATE_PROCEDURE",
                        "a procedure already has the code " + c, "procedure.duplicate", c));
        Optional<ProcedureField> field = check(violations, description, unit);
        Optional<OnlineServiceChange> level = description.onlineLevel() == null ? Optional.empty()
                : level(violations, "onlineLevel", description.onlineLevel());
        violations.throwIfAny();
        AdministrativeProcedure procedure = new AdministrativeProcedure(code, description.nationalCode(), description.name(),
                field.orElseThrow(), unit.orElseThrow());
        if (description.publicised()) {
            procedure.publicise();
        }
        level.ifPresent(procedure::changeOnlineService);
        procedures.add(procedure);
        procedures.update(procedure);
        audit.record(caller, "createProcedure", ENTITY, procedure.id(), procedure.competentUnit(), null, null,
                ProcedureSnapshot.of(procedure), null);
        return procedure;
    }

    /** Corrects what a procedure is; its online level changes only through {@link #changeOnlineService}. */
    public AdministrativeProcedure update(Caller caller, String code, long version, Description description) {
        return change(caller, code, version, "updateProcedure", procedure -> {
            Optional<Unit> unit = UnitCodes.find(units, description.competentUnitCode());
            AccessPolicy.require(caller, Operation.EDIT_PROCEDURE, unit.map(Unit::path).orElse(null), "updateProcedure");
            Violations violations = new Violations();
            Optional<ProcedureField> field = check(violations, description, unit);
            violations.throwIfAny();
            procedure.describe(description.nationalCode(), description.name(), field.orElseThrow(), unit.orElseThrow());
            if (description.publicised()) {
                procedure.publicise();
            }
        });
    }

    /** Records a change of the online level from a day on, after every change already recorded (lịch sử mức độ DVC). */
    public AdministrativeProcedure changeOnlineService(Caller caller, String code, long version, Level level) {
        return change(caller, code, version, "changeOnlineService", procedure -> {
            Violations violations = new Violations();
            Optional<OnlineServiceChange> change = level(violations, "", level);
            // the procedure says whether the change may follow its history; a refusal names the day given
            change.ifPresent(c -> violations.check("effectiveFrom", () -> {
                procedure.changeOnlineService(c);
                return c;
            }));
            violations.throwIfAny();
        });
    }

    /** The common steps of a change to an existing procedure. */
    private AdministrativeProcedure change(Caller caller, String code, long version, String action,
                                           Consumer<AdministrativeProcedure> change) {
        // procedures are part of the directory, which every caller allowed to change one reads
        AdministrativeProcedure procedure = AccessPolicy.requireOnFound(caller, Operation.EDIT_PROCEDURE, action, true,
                () -> Optional.ofNullable(code).flatMap(procedures::findByCode), p -> p.competentUnit().path(),
                () -> new InvalidInputException(List.of(Violation.of("code",
                        new DomainException("NOT_FOUND", "no procedure has the code " + code, "procedure.unknown", code)))));
        return audited().apply(audit, caller, action, procedure, version, null, p -> () -> change.accept(p));
    }

    private Optional<ProcedureField> check(Violations violations, Description description, Optional<Unit> unit) {
        violations.check("name", () -> DomainException.requireText(description.name(), "INVALID_PROCEDURE", "name"));
        Optional<ProcedureField> field = procedures.allFields().stream()
                .filter(f -> f.code().equals(description.fieldCode())).findFirst();
        violations.require(field.isPresent(), "fieldCode", "UNKNOWN_FIELD",
                "no procedure field has the code " + description.fieldCode(), "procedure.unknownField", description.fieldCode());
        UnitCodes.requireKnown(violations, "competentUnitCode", description.competentUnitCode(), unit);
        unit.ifPresent(u -> violations.require(u.validTo() == null, "competentUnitCode", "UNIT_CLOSED",
                u.code() + " is closed since " + u.validTo(), "unit.alreadyClosed", u.code(), u.validTo()));
        return field;
    }

    /** The level as the domain keeps it; a broken rule is recorded at the value at fault under {@code at}. */
    private static Optional<OnlineServiceChange> level(Violations violations, String at, Level level) {
        boolean dated = violations.require(level.effectiveFrom() != null, Violations.field(at, "effectiveFrom"), "REQUIRED",
                "the day the level takes effect is required", "required", "effectiveFrom");
        boolean given = violations.require(level.legacyLevel() != null || level.service() != null, Violations.field(at, "service"), "REQUIRED",
                "give the legacy level, the online service, or both", "procedure.levelRequired");
        if (!dated || !given) {
            return Optional.empty();
        }
        return violations.check(Violations.field(at, level.legacyLevel() != null ? "legacyLevel" : "service"), () -> level.service() == null
                ? OnlineServiceChange.toLegacyLevel(level.effectiveFrom(), level.legacyLevel())
                : new OnlineServiceChange(level.effectiveFrom(), level.legacyLevel(), level.service()));
    }

    /** How a procedure's change is checked, saved and audited ({@link AuditedChange}). */
    private AuditedChange<AdministrativeProcedure> audited() {
        return new AuditedChange<>(ENTITY, AdministrativeProcedure::code, AdministrativeProcedure::version, AdministrativeProcedure::id,
                AdministrativeProcedure::competentUnit, procedure -> null, ProcedureSnapshot::of, procedures::update);
    }
}

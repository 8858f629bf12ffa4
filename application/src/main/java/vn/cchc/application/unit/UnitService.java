package vn.cchc.application.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.cchc.application.audit.AuditTrail;
import vn.cchc.application.audit.AuditedChange;
import vn.cchc.application.security.AccessPolicy;
import vn.cchc.application.security.Caller;
import vn.cchc.application.security.Operation;
import vn.cchc.application.unit.UnitCommands.Closing;
import vn.cchc.application.unit.UnitCommands.Move;
import vn.cchc.application.unit.UnitCommands.NewUnit;
import vn.cchc.application.unit.UnitCommands.Renaming;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.shared.InvalidInputException;
import vn.cchc.domain.shared.Violation;
import vn.cchc.domain.shared.Violations;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitRepository;

/**
 * The unit tree's changes, each one transaction in the order of every write: the caller's right (on the unit written
 * and on the unit it is placed under or succeeded by: a reporter stays inside its subtree, and only admin touches the
 * top of the tree), the version the client read, every rule of every input value, then the change and its audit entry.
 */
@ApplicationScoped
@Transactional
public class UnitService {

    static final String ENTITY = "Unit";

    @Inject
    UnitRepository units;

    @Inject
    AuditTrail audit;

    protected UnitService() {
        // for CDI
    }

    public UnitService(UnitRepository units, AuditTrail audit) {
        this.units = units;
        this.audit = audit;
    }

    /** Creates a unit below another, or at the top of the tree. */
    public Unit create(Caller caller, NewUnit command) {
        AccessPolicy.requireAllowed(caller, Operation.EDIT_UNIT, "createUnit");
        Optional<Unit> parent = UnitCodes.find(units, command.parentCode());
        AccessPolicy.require(caller, Operation.EDIT_UNIT, parent.map(Unit::path).orElse(null), "createUnit");
        Violations violations = new Violations();
        UnitCodes.requireKnown(violations, "parentCode", command.parentCode(), parent);
        violations.check("name", () -> DomainException.requireText(command.name(), "INVALID_UNIT", "name"));
        violations.require(command.kind() != null, "kind", "REQUIRED", "the unit kind is required", "required", "kind");
        if (command.code() != null) {
            violations.require(units.findByCode(command.code().strip()).isEmpty(), "code", "DUPLICATE_UNIT",
                    "a unit already has the code " + command.code(), "unit.duplicate", command.code());
        }
        parent.ifPresent(p -> requireOpenParent(violations, p, command.validFrom()));
        violations.throwIfAny();
        Unit unit = violations.check("code", () -> new Unit(command.code(), command.name(), command.shortName(),
                command.kind(), parent.orElse(null), command.validFrom())).orElse(null);
        violations.throwIfAny();
        units.add(unit);
        units.update(unit);
        audit.record(caller, "createUnit", ENTITY, unit.id(), unit, null, null, UnitSnapshot.of(unit), null);
        return unit;
    }

    /** Gives a unit a new name and short name. */
    public Unit rename(Caller caller, Renaming command) {
        return change(caller, command.code(), command.version(), "renameUnit", null, unit -> {
            Violations violations = new Violations();
            violations.check("name", () -> DomainException.requireText(command.name(), "INVALID_UNIT", "name"));
            violations.throwIfAny();
            unit.rename(command.name(), command.shortName());
        });
    }

    /** Places a unit, with its whole subtree, under another unit, or at the top of the tree. */
    public Unit move(Caller caller, Move command) {
        return change(caller, command.code(), command.version(), "moveUnit", null, unit -> {
            Optional<Unit> parent = UnitCodes.find(units, command.parentCode());
            AccessPolicy.require(caller, Operation.EDIT_UNIT, parent.map(Unit::path).orElse(null), "moveUnit");
            Violations violations = new Violations();
            UnitCodes.requireKnown(violations, "parentCode", command.parentCode(), parent);
            parent.ifPresent(p -> {
                violations.require(!p.isWithin(unit), "parentCode", "INVALID_UNIT", "unit " + unit.code()
                        + " cannot be placed under itself or its own descendant " + p.code(), "unit.cycle", unit.code(), p.code());
                requireOpenParent(violations, p, null);
            });
            violations.throwIfAny();
            unit.moveTo(parent.orElse(null));
        });
    }

    /**
     * Closes a unit from a day on and names the unit that succeeds it (the 2025 mergers: sáp nhập); the successor must
     * exist on that day.
     */
    public Unit close(Caller caller, Closing command) {
        return change(caller, command.code(), command.version(), "closeUnit", command.reason(), unit -> {
            Optional<Unit> successor = UnitCodes.find(units, command.successorCode());
            successor.ifPresent(s -> AccessPolicy.require(caller, Operation.EDIT_UNIT, s.path(), "closeUnit"));
            Violations violations = new Violations();
            violations.require(command.successorCode() != null && !command.successorCode().isBlank(), "successorCode",
                    "REQUIRED", "the successor is required", "required", "successorCode");
            UnitCodes.requireKnown(violations, "successorCode", command.successorCode(), successor);
            violations.require(unit.validTo() == null, "code", "UNIT_CLOSED", "unit " + unit.code()
                    + " is already closed since " + unit.validTo(), "unit.alreadyClosed", unit.code(), unit.validTo());
            if (command.closedOn() != null) {
                violations.require(unit.validFrom() == null || command.closedOn().isAfter(unit.validFrom()), "closedOn",
                        "INVALID_DATE", "unit " + unit.code() + " cannot close on " + command.closedOn() + ", not after it opened on "
                                + unit.validFrom(), "unit.closedBeforeOpened", unit.code(), command.closedOn(), unit.validFrom());
                successor.ifPresent(s -> {
                    violations.require(s != unit, "successorCode", "INVALID_UNIT",
                            "unit " + unit.code() + " cannot succeed itself", "unit.selfSuccessor", unit.code());
                    violations.require(s.isOpenOn(command.closedOn()), "successorCode", "UNIT_CLOSED", "the successor "
                            + s.code() + " is not open on " + command.closedOn(), "unit.notOpenOn", s.code(), command.closedOn());
                });
            } else {
                violations.require(false, "closedOn", "REQUIRED", "the closing day is required", "required", "closedOn");
            }
            violations.throwIfAny();
            unit.close(command.closedOn().minusDays(1), successor.orElseThrow());
        });
    }

    /** The common steps of a change to an existing unit. */
    private Unit change(Caller caller, String code, long version, String action, String reason, Consumer<Unit> change) {
        // units are the directory, which every caller allowed to change one reads
        Unit unit = AccessPolicy.requireOnFound(caller, Operation.EDIT_UNIT, action, true, () -> UnitCodes.find(units, code), Unit::path,
                () -> new InvalidInputException(List.of(Violation.of("code",
                        new DomainException("NOT_FOUND", "no unit has the code " + code, "unit.unknown", code)))));
        return audited().apply(audit, caller, action, unit, version, reason, u -> () -> change.accept(u));
    }

    /** A unit is placed only under one that exists on the day it starts there (today, when not said). */
    private static void requireOpenParent(Violations violations, Unit parent, LocalDate from) {
        boolean open = from == null ? parent.validTo() == null : parent.isOpenOn(from);
        violations.require(open, "parentCode", "UNIT_CLOSED", "the parent " + parent.code() + " is closed",
                "unit.closedParent", parent.code());
    }

    /** How a unit's change is checked, saved and audited ({@link AuditedChange}). */
    private AuditedChange<Unit> audited() {
        return new AuditedChange<>(ENTITY, Unit::code, Unit::version, Unit::id, unit -> unit, unit -> null, UnitSnapshot::of,
                units::update);
    }
}

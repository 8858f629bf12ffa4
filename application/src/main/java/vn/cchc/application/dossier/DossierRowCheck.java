package vn.cchc.application.dossier;

import static vn.cchc.application.dossier.DossierFile.CHANNEL;
import static vn.cchc.application.dossier.DossierFile.CLOSED_ON;
import static vn.cchc.application.dossier.DossierFile.CODE;
import static vn.cchc.application.dossier.DossierFile.DUE_ON;
import static vn.cchc.application.dossier.DossierFile.KIND;
import static vn.cchc.application.dossier.DossierFile.PROCEDURE;
import static vn.cchc.application.dossier.DossierFile.RECEIVED_ON;
import static vn.cchc.application.dossier.DossierFile.STATUS;
import static vn.cchc.application.dossier.DossierFile.UNIT;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.cchc.application.security.AccessPolicy;
import vn.cchc.application.security.Caller;
import vn.cchc.application.security.Operation;
import vn.cchc.domain.dossier.Dossier;
import vn.cchc.domain.dossier.DossierChannel;
import vn.cchc.domain.dossier.DossierKind;
import vn.cchc.domain.dossier.DossierStatus;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.unit.Unit;

/**
 * Checks the rows of one import, every value of every row, and turns each good row into a {@link Dossier}: required
 * values, codes that exist, a procedure the receiving unit handles (its competent unit or a unit inside it), dates as
 * {@code yyyy-MM-dd} or {@code dd/MM/yyyy}, due and closing days not before the received day, the enumerations, a
 * unit open on the received day, a caller allowed to import for the unit, and a code used once per unit in the file.
 * Units and procedures are looked up once per code.
 */
public final class DossierRowCheck {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final Caller caller;
    private final Function<String, Optional<Unit>> unitLookup;
    private final Function<String, Optional<AdministrativeProcedure>> procedureLookup;
    private final Map<String, Optional<Unit>> units = new HashMap<>();
    private final Map<String, Optional<AdministrativeProcedure>> procedures = new HashMap<>();
    private final Set<String> seen = new HashSet<>();

    public DossierRowCheck(Caller caller, Function<String, Optional<Unit>> units,
                           Function<String, Optional<AdministrativeProcedure>> procedures) {
        this.caller = caller;
        this.unitLookup = units;
        this.procedureLookup = procedures;
    }

    /** The row's dossier, or empty with every rule it breaks added to {@code errors}. */
    public Optional<Dossier> check(DossierRow row, ImportErrors errors) {
        int before = errors.count();
        int line = row.line();
        String code = required(row, CODE, errors);
        Optional<Unit> unit = Optional.ofNullable(required(row, UNIT, errors)).flatMap(this::unit);
        if (row.get(UNIT) != null && unit.isEmpty()) {
            errors.add(line, UNIT, new DomainException("UNKNOWN_UNIT", "no unit has the code " + row.get(UNIT), "unit.unknown", row.get(UNIT)));
        }
        Optional<AdministrativeProcedure> procedure = Optional.ofNullable(required(row, PROCEDURE, errors)).flatMap(this::procedure);
        if (row.get(PROCEDURE) != null && procedure.isEmpty()) {
            errors.add(line, PROCEDURE, new DomainException("UNKNOWN_PROCEDURE", "no procedure has the code " + row.get(PROCEDURE),
                    "procedure.unknown", row.get(PROCEDURE)));
        }
        LocalDate received = date(row, RECEIVED_ON, true, errors);
        LocalDate due = date(row, DUE_ON, true, errors);
        LocalDate closed = date(row, CLOSED_ON, false, errors);
        DossierChannel channel = choice(row, CHANNEL, DossierChannel.class, errors);
        DossierKind kind = choice(row, KIND, DossierKind.class, errors);
        DossierStatus status = choice(row, STATUS, DossierStatus.class, errors);
        if (unit.isPresent()) {
            Unit u = unit.get();
            if (!AccessPolicy.permits(caller, Operation.IMPORT_DOSSIERS, u.path())) {
                errors.add(line, UNIT, new DomainException("FORBIDDEN", caller.name() + " may not import dossiers of " + u.code(),
                        "import.forbiddenUnit", caller.name(), u.code()));
            }
            if (received != null && !u.isOpenOn(received)) {
                errors.add(line, UNIT, new DomainException("UNIT_CLOSED", u.code() + " was not open on " + received,
                        "dossier.unitClosed", u.code(), received));
            }
            if (procedure.isPresent() && !procedure.get().isHandledAt(u)) {
                errors.add(line, PROCEDURE, new DomainException("PROCEDURE_OF_OTHER_UNIT", "procedure " + procedure.get().code()
                        + " is not handled by " + u.code(), "dossier.procedureOfOtherUnit", procedure.get().code(), u.code()));
            }
            if (code != null && !seen.add(u.code() + "\n" + code)) {
                errors.add(line, CODE, new DomainException("DUPLICATE_DOSSIER", "dossier " + code + " of " + u.code()
                        + " appears twice in the file", "dossier.duplicateInFile", code, u.code()));
            }
        }
        if (received != null && due != null && due.isBefore(received)) {
            errors.add(line, DUE_ON, new DomainException("INVALID_DATE", "due on " + due + ", before it was received on " + received,
                    "dossier.dueBeforeReceived", due, received));
        }
        if (received != null && closed != null && closed.isBefore(received)) {
            errors.add(line, CLOSED_ON, new DomainException("INVALID_DATE", "closed on " + closed + ", before it was received on "
                    + received, "dossier.closedBeforeReceived", closed, received));
        }
        if (errors.count() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(Dossier.reported(code, procedure.orElseThrow(), unit.orElseThrow(), received, due, closed,
                    channel, kind, status));
        } catch (DomainException broken) {
            errors.add(line, broken.key().startsWith("dossier.closedOn") ? CLOSED_ON : STATUS, broken);
            return Optional.empty();
        }
    }

    private Optional<Unit> unit(String code) {
        return units.computeIfAbsent(code, unitLookup);
    }

    private Optional<AdministrativeProcedure> procedure(String code) {
        return procedures.computeIfAbsent(code, procedureLookup);
    }

    private static String required(DossierRow row, String column, ImportErrors errors) {
        String value = row.get(column);
        if (value == null) {
            errors.add(row.line(), column, new DomainException("REQUIRED", column + " must not be blank", "required", column));
        }
        return value;
    }

    private static LocalDate date(DossierRow row, String column, boolean required, ImportErrors errors) {
        String text = required ? required(row, column, errors) : row.get(column);
        if (text == null) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY_FIRST) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(row.line(), column, new DomainException("INVALID_DATE", column + ": '" + text
                    + "' is not a date (yyyy-MM-dd or dd/MM/yyyy)", "import.date", column, text));
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(DossierRow row, String column, Class<E> type, ImportErrors errors) {
        String text = required(row, column, errors);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            errors.add(row.line(), column, new DomainException("INVALID_VALUE", column + ": '" + text + "' is none of " + allowed,
                    "import.choice", column, text, allowed));
            return null;
        }
    }
}

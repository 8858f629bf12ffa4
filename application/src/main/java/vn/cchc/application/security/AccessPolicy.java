package vn.cchc.application.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.cchc.domain.report.ReportStatus;
import vn.cchc.domain.report.ReportVisibility;

/**
 * The one statement of who may do what (phân quyền). Pure: the service layer asks it before every write, the query
 * classes before every read, and the repositories apply its {@link #reportVisibility}.
 *
 * <ul>
 * <li>admin: everything (a unit's own work on any unit), and alone backs up the database;</li>
 * <li>home-affairs: reads everything, the audit trail included; returns and approves reports; runs the data-quality
 * rules and moves any finding;</li>
 * <li>reporter: reads the directory, the analytics and every report sent to Home Affairs, plus everything of its own
 * unit's subtree; does its units' own work there (create, edit, submit, revise), which the reports' own rules limit to
 * drafts; keeps the directory of its subtree (units below its own, their documents and procedures), but only admin
 * creates a unit at the top of the tree (no unit path: nobody's subtree); imports the dossiers of its subtree, and reads its own
 * import jobs; acknowledges or resolves the findings on its subtree;</li>
 * <li>analyst: reads everything but the audit trail, writes nothing;</li>
 * <li>anonymous: approved reports and their observations only.</li>
 * </ul>
 */
public final class AccessPolicy {

    /** What Home Affairs has approved, the public record; a superseded revision stays part of it. */
    private static final Set<ReportStatus> PUBLIC = EnumSet.of(ReportStatus.APPROVED, ReportStatus.SUPERSEDED);
    /** What units have sent to Home Affairs: every authenticated caller reads it. */
    private static final Set<ReportStatus> SENT = EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.APPROVED, ReportStatus.SUPERSEDED);

    private AccessPolicy() {
    }

    /**
     * True when the caller may do the operation; for a unit's own work, {@code unitPath} is the path of the unit
     * written (the report's unit), else it is ignored.
     */
    public static boolean permits(Caller caller, Operation operation, String unitPath) {
        return allows(caller, operation) && (!limitedToOwnUnits(caller, operation) || caller.owns(unitPath));
    }

    /** True when the caller's roles allow the operation on some unit at least: nothing needs to be looked up to know. */
    public static boolean allows(Caller caller, Operation operation) {
        if (caller.has(Role.ADMIN)) {
            return true;
        }
        if (caller.roles().isEmpty()) {
            return false; // anonymous, or a user no role was given to
        }
        return switch (operation) {
            case READ_DIRECTORY, READ_ANALYTICS -> true;
            case READ_AUDIT, RETURN_REPORT, APPROVE_REPORT, EVALUATE_FINDINGS -> caller.has(Role.HOME_AFFAIRS);
            case CHANGE_FINDING_STATUS -> caller.has(Role.HOME_AFFAIRS) || caller.has(Role.REPORTER);
            case CREATE_REPORT, EDIT_REPORT, SUBMIT_REPORT, REVISE_REPORT, EDIT_UNIT, EDIT_DOCUMENT, EDIT_PROCEDURE, IMPORT_DOSSIERS,
                 INGEST_REPORT ->
                    caller.has(Role.REPORTER);
            case BACK_UP_DATABASE -> false; // admin only
        };
    }

    /** True when whether the caller may do the operation depends on the unit: a reporter's work within its subtree. */
    private static boolean limitedToOwnUnits(Caller caller, Operation operation) {
        return operation.isUnitWork() && !caller.has(Role.ADMIN)
                && !(operation == Operation.CHANGE_FINDING_STATUS && caller.has(Role.HOME_AFFAIRS));
    }

    /** Fails with {@link AccessDenied} naming {@code operationName} unless the caller may do the operation. */
    public static void require(Caller caller, Operation operation, String unitPath, String operationName) {
        if (!permits(caller, operation, unitPath)) {
            throw new AccessDenied(caller, operationName);
        }
    }

    /** Fails unless the caller may do an operation that concerns no unit (reads, mostly). */
    public static void require(Caller caller, Operation operation, String operationName) {
        require(caller, operation, null, operationName);
    }

    /**
     * Fails unless the caller's roles allow the operation on some unit. Every write asks this first, before it looks
     * anything up, so that a refusal never depends on what the database holds.
     */
    public static void requireAllowed(Caller caller, Operation operation, String operationName) {
        if (!allows(caller, operation)) {
            throw new AccessDenied(caller, operationName);
        }
    }

    /**
     * Looks up what an operation changes, once the caller's roles allow it, and checks the caller's right on it.
     * An id that matches nothing is {@code notFound} for a caller who would see the thing wherever it were
     * ({@code seesAll}), and otherwise refused as one outside the caller's units would be: no answer tells a caller
     * whether an id exists where it may not look.
     */
    public static <T> T requireOnFound(Caller caller, Operation operation, String operationName, boolean seesAll,
                                       Supplier<Optional<T>> lookup, Function<T, String> unitPath,
                                       Supplier<? extends RuntimeException> notFound) {
        requireAllowed(caller, operation, operationName);
        Optional<T> found = lookup.get();
        if (found.isEmpty()) {
            throw seesAll || !limitedToOwnUnits(caller, operation) ? notFound.get() : new AccessDenied(caller, operationName);
        }
        require(caller, operation, unitPath.apply(found.get()), operationName);
        return found.get();
    }

    /** True when the caller reads every import job, not only those it started: admins and Home Affairs. */
    public static boolean readsAllImportJobs(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.HOME_AFFAIRS);
    }

    /** True when the caller traces any row to the report file it came from, not only its own units': who reads all reports. */
    public static boolean readsAllIngestions(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.HOME_AFFAIRS) || caller.has(Role.ANALYST);
    }

    /**
     * What decides the rows the caller reads, its own import jobs aside (those are read by user name, and never kept
     * for another caller): every rule here reads the roles and, for a caller limited to its own units, the unit. A
     * rule that comes to read more of the caller adds it here.
     */
    public static Visibility visibility(Caller caller) {
        return new Visibility(caller.roles(), caller.has(Role.ADMIN) ? null : caller.unitPath());
    }

    /** Which reports the caller reads. */
    public static ReportVisibility reportVisibility(Caller caller) {
        if (caller.has(Role.ADMIN) || caller.has(Role.HOME_AFFAIRS) || caller.has(Role.ANALYST)) {
            return ReportVisibility.ALL;
        }
        if (caller.roles().isEmpty()) {
            return new ReportVisibility(false, PUBLIC, null, false);
        }
        return new ReportVisibility(false, SENT, caller.has(Role.REPORTER) && caller.unitPath() != null ? caller.unitCode() : null, true);
    }
}

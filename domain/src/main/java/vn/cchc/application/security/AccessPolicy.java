package vn.cchc.application.security;

import java.util.EnumSet;
import java.util.Set;
import vn.cchc.domain.report.ReportStatus;
import vn.cchc.domain.report.ReportVisibility;

/**
 * The one statement of who may do what (phân quyền). Pure: the service layer asks it before every write, the query
 * classes before every read, and the repositories apply its {@link #reportVisibility}.
 *
 * <ul>
 * <li>admin: everything (a unit's own work on any unit);</li>
 * <li>home-affairs: reads everything, the audit trail included; returns and approves reports;</li>
 * <li>reporter: reads the directory, the analytics and every report sent to Home Affairs, plus everything of its own
 * unit's subtree; does its units' own work there (create, edit, submit, revise), which the reports' own rules limit to
 * drafts; keeps the directory of its subtree (units below its own, their documents and procedures), but only admin
 * creates a unit at the top of the tree (no unit path: nobody's subtree); imports the dossiers of its subtree, and reads its own
 * import jobs;</li>
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
        if (caller.has(Role.ADMIN)) {
            return true;
        }
        if (caller.roles().isEmpty()) {
            return false; // anonymous, or a user no role was given to
        }
        return switch (operation) {
            case READ_DIRECTORY, READ_ANALYTICS -> true;
            case READ_AUDIT, RETURN_REPORT, APPROVE_REPORT -> caller.has(Role.HOME_AFFAIRS);
            case CREATE_REPORT, EDIT_REPORT, SUBMIT_REPORT, REVISE_REPORT, EDIT_UNIT, EDIT_DOCUMENT, EDIT_PROCEDURE, IMPORT_DOSSIERS ->
                    caller.has(Role.REPORTER) && caller.owns(unitPath);
        };
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

    /** True when the caller reads every import job, not only those it started: admins and Home Affairs. */
    public static boolean readsAllImportJobs(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.HOME_AFFAIRS);
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

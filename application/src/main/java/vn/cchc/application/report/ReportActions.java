package vn.cchc.application.report;

import java.util.Arrays;
import java.util.List;
import vn.cchc.application.security.AccessPolicy;
import vn.cchc.application.security.Caller;
import vn.cchc.application.security.Operation;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.report.ReportAction;

/**
 * What a caller may do to a report now: its rights on the report's unit and the report's status, each asked of the
 * rule that decides it, so that the pages offer exactly what the mutations would accept.
 */
public final class ReportActions {

    private ReportActions() {
    }

    public static List<ReportAction> of(Caller caller, Report report) {
        return Arrays.stream(ReportAction.values())
                .filter(action -> action.isAllowedIn(report.status()))
                .filter(action -> AccessPolicy.permits(caller, operation(action), report.unit().path()))
                .toList();
    }

    static Operation operation(ReportAction action) {
        return switch (action) {
            case EDIT -> Operation.EDIT_REPORT;
            case SUBMIT -> Operation.SUBMIT_REPORT;
            case RETURN -> Operation.RETURN_REPORT;
            case APPROVE -> Operation.APPROVE_REPORT;
            case REVISE -> Operation.REVISE_REPORT;
        };
    }
}

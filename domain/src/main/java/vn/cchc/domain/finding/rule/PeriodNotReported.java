package vn.cchc.domain.finding.rule;

import java.util.List;
import vn.cchc.domain.finding.Detection;
import vn.cchc.domain.finding.Evidence;
import vn.cchc.domain.finding.EvidenceKind;
import vn.cchc.domain.finding.FindingCase;
import vn.cchc.domain.finding.Severity;
import vn.cchc.domain.report.Report;

/**
 * A unit that sends its reports through the system and owes one on a period ({@link Report#isOwed}) past the day it
 * was due: a gap in its reporting. Units that never reported here are what reportsDue lists, not a finding each.
 */
public final class PeriodNotReported extends Rule {

    public static final String CODE = "PERIOD_NOT_REPORTED";

    public PeriodNotReported() {
        super(CODE, Severity.WARNING, "Đơn vị chưa gửi báo cáo của kỳ đã quá hạn", "A unit has not sent its report on a period past due");
    }

    @Override
    public List<Detection> evaluate(FindingCase c) {
        if (!c.reporting() || !c.today().isAfter(c.dueOn()) || !Report.isOwed(c.unit(), c.period(), c.current())) {
            return List.of();
        }
        return List.of(found("report",
                c.unit().code() + " chưa gửi báo cáo " + c.period().labelVi() + ", hạn là ngày " + c.dueOn(),
                c.unit().code() + " has not sent its report on " + c.period() + ", due on " + c.dueOn(),
                List.of(new Evidence(EvidenceKind.UNIT, c.unit().code(), c.unit().name()))));
    }
}

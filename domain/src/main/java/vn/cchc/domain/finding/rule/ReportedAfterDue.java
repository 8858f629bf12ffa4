package vn.cchc.domain.finding.rule;

import java.util.List;
import vn.cchc.domain.finding.Detection;
import vn.cchc.domain.finding.Evidence;
import vn.cchc.domain.finding.EvidenceKind;
import vn.cchc.domain.finding.FindingCase;
import vn.cchc.domain.finding.Severity;

/** A report first sent after the day the reporting calendar closes the period (hạn gửi báo cáo). */
public final class ReportedAfterDue extends Rule {

    public static final String CODE = "REPORTED_AFTER_DUE";

    public ReportedAfterDue() {
        super(CODE, Severity.NOTICE, "Báo cáo được gửi sau hạn", "The report was sent after its due day");
    }

    @Override
    public List<Detection> evaluate(FindingCase c) {
        return c.sent().flatMap(r -> r.submittedOn().filter(on -> on.isAfter(c.dueOn())).map(on -> found("report",
                c.unit().code() + " gửi báo cáo " + c.period().labelVi() + " ngày " + on + ", hạn là ngày " + c.dueOn(),
                c.unit().code() + " sent its report on " + c.period() + " on " + on + ", due on " + c.dueOn(),
                List.of(new Evidence(EvidenceKind.REPORT, r.id(), r.title() + ", gửi ngày " + on))))).map(List::of).orElse(List.of());
    }
}

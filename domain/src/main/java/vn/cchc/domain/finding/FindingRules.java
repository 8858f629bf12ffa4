package vn.cchc.domain.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.finding.rule.BreakdownNotAddingUp;
import vn.cchc.domain.finding.rule.CountFell;
import vn.cchc.domain.finding.rule.DocumentAfterReport;
import vn.cchc.domain.finding.rule.JumpFromPrevious;
import vn.cchc.domain.finding.rule.LateAboveResolved;
import vn.cchc.domain.finding.rule.ListedUnitsMismatch;
import vn.cchc.domain.finding.rule.NoLateClaimContradicted;
import vn.cchc.domain.finding.rule.OnlineAboveReceived;
import vn.cchc.domain.finding.rule.PeriodNotReported;
import vn.cchc.domain.finding.rule.ProceduresOnlineAboveTotal;
import vn.cchc.domain.finding.rule.RecordsDisagree;
import vn.cchc.domain.finding.rule.ReportedAfterDue;
import vn.cchc.domain.finding.rule.StatedPercentMismatch;

/** The catalogue of rules, each once, in the order their findings are listed: a report's contradictions first. */
public final class FindingRules {

    public static final List<FindingRule> ALL = List.of(new ListedUnitsMismatch(), new BreakdownNotAddingUp(),
            new LateAboveResolved(), new OnlineAboveReceived(), new ProceduresOnlineAboveTotal(), new NoLateClaimContradicted(),
            new DocumentAfterReport(), new StatedPercentMismatch(), new RecordsDisagree(), new JumpFromPrevious(),
            new CountFell(), new ReportedAfterDue(), new PeriodNotReported());

    private FindingRules() {
    }

    public static Optional<FindingRule> byCode(String code) {
        return ALL.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** What every rule finds in the case, rule by rule. */
    public static List<Detection> evaluate(FindingCase c) {
        List<Detection> found = new ArrayList<>();
        ALL.forEach(rule -> found.addAll(rule.evaluate(c)));
        return found;
    }
}

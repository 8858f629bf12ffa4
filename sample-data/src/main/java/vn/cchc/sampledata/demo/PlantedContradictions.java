package vn.cchc.sampledata.demo;

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
import vn.cchc.domain.period.Period;

/**
 * The contradictions the demo province's reports carry on purpose, one per data-quality rule that reads what the
 * generator writes, each in one department's report of one quarter, so that the findings can be checked against them.
 * Everything else the generator writes agrees with itself and with the dossier records (projected figures stay within
 * 3 %): a finding elsewhere is a fault of the rules or of the generator. A plant may break a second rule on the same
 * report (late dossiers above those resolved are also far from the records); the rules listed are those it is for.
 */
public final class PlantedContradictions {

    /**
     * @param department the department's index in the catalogue
     * @param quarter    the quarter's index from {@link DemoProvince#FIRST_QUARTER}
     * @param rule       the code of the rule that must find it
     * @param what       what is wrong, in the report's words
     */
    public record Plant(int department, int quarter, String rule, String what) {

        public String unitCode() {
            return DemoProvince.CODE_PREFIX + Catalogue.DEPARTMENTS.get(department).symbol();
        }

        public Period period() {
            Period period = DemoProvince.FIRST_QUARTER;
            for (int q = 0; q < quarter; q++) {
                period = period.next();
            }
            return period;
        }
    }

    /** The last quarter: a figure changed there has no report after it to jump back in. */
    private static final int LAST = DemoProvince.QUARTERS - 1;

    public static final List<Plant> ALL = List.of(
            new Plant(3, 5, ListedUnitsMismatch.CODE, "one public service unit more than the department has"),
            new Plant(4, 6, BreakdownNotAddingUp.CODE, "dossiers received by kind adding up to 7 more than the total"),
            new Plant(5, LAST, LateAboveResolved.CODE, "5 more dossiers returned late than resolved"),
            new Plant(6, 8, OnlineAboveReceived.CODE, "3 more dossiers submitted online than received"),
            new Plant(7, LAST, ProceduresOnlineAboveTotal.CODE, "2 more procedures fully online than procedures"),
            new Plant(8, LAST, JumpFromPrevious.CODE, "ten times the procedures of the quarter before"),
            new Plant(9, LAST, CountFell.CODE, "no procedure fully online, after some the quarter before"),
            new Plant(10, 9, NoLateClaimContradicted.CODE, "\"no late dossier\" and 0 late, while the records have late ones"),
            new Plant(11, 10, DocumentAfterReport.CODE, "a decision cited that is dated the next year"),
            new Plant(12, 11, ReportedAfterDue.CODE, "sent four days after the due day"),
            new Plant(13, 12, PeriodNotReported.CODE, "left a draft, never sent"),
            new Plant(14, 13, RecordsDisagree.CODE, "a fifth more dossiers received than the records have"));

    private PlantedContradictions() {
    }

    static Optional<Plant> at(int department, int quarter) {
        return ALL.stream().filter(p -> p.department() == department && p.quarter() == quarter).findFirst();
    }
}

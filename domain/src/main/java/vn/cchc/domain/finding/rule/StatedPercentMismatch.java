package vn.cchc.domain.finding.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.cchc.domain.finding.Detection;
import vn.cchc.domain.finding.Evidence;
import vn.cchc.domain.finding.EvidenceKind;
import vn.cchc.domain.finding.FindingCase;
import vn.cchc.domain.finding.Severity;
import vn.cchc.domain.ingestion.FactFlag;
import vn.cchc.domain.ingestion.ProposedFact;

/**
 * A percentage the report's text states beside its own x/y that does not recompute from them ("104.814/106.014 hồ sơ
 * đúng hạn, đạt 98,7 %", which is 98,87 %). Only the text can say it, so only a report drafted from a file taken in
 * is checked: the reading of the file flagged the fact ({@link FactFlag#PERCENT_MISMATCH}), where the tolerance is.
 */
public final class StatedPercentMismatch extends Rule {

    public static final String CODE = "STATED_PERCENT_MISMATCH";

    public StatedPercentMismatch() {
        super(CODE, Severity.WARNING, "Tỷ lệ phần trăm ghi trong báo cáo không khớp với số liệu x/y đi kèm",
                "A percentage stated in the text does not recompute from its own x/y");
    }

    @Override
    public List<Detection> evaluate(FindingCase c) {
        List<Detection> found = new ArrayList<>();
        c.ingestion().ifPresent(ingestion -> {
            for (ProposedFact fact : ingestion.facts()) {
                if (fact.flagged(FactFlag.PERCENT_MISMATCH)) {
                    found.add(found(fact.key() + "#" + fact.ordinal(), messageVi(fact), messageEn(fact), List.of(
                            new Evidence(EvidenceKind.SOURCE_TEXT, fact.ordinal(), fact.span().sentence(ingestion.source())),
                            new Evidence(EvidenceKind.REPORT, ingestion.report().map(r -> r.id()).orElse(null),
                                    "Tệp " + ingestion.fileName() + ", dữ kiện " + fact.ordinal()))));
                }
            }
        });
        return found;
    }

    private static String messageVi(ProposedFact fact) {
        // Vietnamese writes the decimal comma
        return "Báo cáo ghi " + fact.value("statedPercent").orElse("?").replace('.', ',') + " % cho " + ratio(fact)
                + ", tính lại là " + computed(fact).replace('.', ',') + " %";
    }

    private static String messageEn(ProposedFact fact) {
        return "The report states " + fact.value("statedPercent").orElse("?") + " % for " + ratio(fact) + ", which is "
                + computed(fact) + " %";
    }

    private static String ratio(ProposedFact fact) {
        return fact.value("numerator").orElse("?") + "/" + fact.value("denominator").orElse("?");
    }

    private static String computed(ProposedFact fact) {
        long denominator = Long.parseLong(fact.value("denominator").orElse("0"));
        return denominator == 0 ? "?"
                : String.format(Locale.ROOT, "%.2f", 100.0 * Long.parseLong(fact.value("numerator").orElse("0")) / denominator);
    }
}

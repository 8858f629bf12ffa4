package vn.cchc.domain.finding.rule;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.domain.finding.Detection;
import vn.cchc.domain.finding.FindingCase;
import vn.cchc.domain.finding.Severity;
import vn.cchc.domain.indicator.StandardIndicators;

/**
 * A figure that should only grow and fell from the period before: procedures offered fully online are not taken
 * offline again, and agencies that adopted ISO 9001:2015 do not drop it; a fall is most often a figure of the wrong
 * period or scope.
 */
public final class CountFell extends Rule {

    public static final String CODE = "COUNT_FELL";

    /** The figures that only grow, compared by what they count (a ratio's numerator). */
    static final List<String> ONLY_GROWING = List.of(StandardIndicators.PROCEDURES_ONLINE_FULL, StandardIndicators.ISO_9001_2015_ADOPTION);

    public CountFell() {
        super(CODE, Severity.WARNING, "Số liệu lẽ ra chỉ tăng lại giảm so với kỳ trước",
                "A figure that should not fall fell from the previous period");
    }

    @Override
    public List<Detection> evaluate(FindingCase c) {
        List<Detection> found = new ArrayList<>();
        for (String code : ONLY_GROWING) {
            c.total(code).ifPresent(now -> c.previousTotal(code).ifPresent(before -> {
                double a = now.value().ratio().isPresent() ? counted(now) : now.value().value();
                double b = before.value().ratio().isPresent() ? counted(before) : before.value().value();
                if (a < b) {
                    found.add(found(code,
                            now.indicator().nameVi() + " giảm từ " + number(b) + " (" + before.period().labelVi() + ") xuống "
                                    + number(a) + " (" + now.period().labelVi() + ")",
                            now.indicator().nameEn() + " fell from " + number(b) + " to " + number(a),
                            List.of(figure(now), figure(before))));
                }
            }));
        }
        return found;
    }
}

package vn.cchc.domain.finding.rule;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.domain.finding.Detection;
import vn.cchc.domain.finding.FindingCase;
import vn.cchc.domain.finding.Severity;
import vn.cchc.domain.indicator.Measure;
import vn.cchc.domain.indicator.Observation;

/**
 * A count of the unit's own that is many times what its report of the period before gave, or a fraction of it: more
 * often a typing slip or a cumulative figure given for a quarter's than a real change. Small counts never jump.
 */
public final class JumpFromPrevious extends Rule {

    public static final String CODE = "JUMP_FROM_PREVIOUS";

    public JumpFromPrevious() {
        super(CODE, Severity.WARNING, "Số liệu tăng hoặc giảm đột biến so với kỳ trước",
                "A figure jumps against the unit's previous period");
    }

    @Override
    public List<Detection> evaluate(FindingCase c) {
        List<Detection> found = new ArrayList<>();
        double factor = c.settings().jumpFactor();
        for (Observation now : c.figures()) {
            if (!now.isTotal() || now.indicator().measure() != Measure.COUNT || !now.unit().code().equals(c.unit().code())) {
                continue;
            }
            c.previousTotal(now.indicator().code()).ifPresent(before -> {
                double a = now.value().value();
                double b = before.value().value();
                double high = Math.max(a, b);
                double low = Math.min(a, b);
                if (high >= c.settings().jumpMinimum() && high > factor * low) {
                    String times = low == 0 ? "từ 0" : number(high / low) + " lần";
                    String timesEn = low == 0 ? "from 0" : number(high / low) + " times";
                    boolean up = a > b;
                    found.add(found(now.indicator().code(),
                            now.indicator().nameVi() + (up ? " tăng " : " giảm ") + times + ": " + number(b) + " ("
                                    + before.period().labelVi() + ") → " + number(a) + " (" + now.period().labelVi() + ")",
                            now.indicator().nameEn() + (up ? " rose " : " fell ") + timesEn + ": " + number(b) + " → " + number(a),
                            List.of(figure(now), figure(before))));
                }
            });
        }
        return found;
    }
}

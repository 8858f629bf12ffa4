package vn.cchc.domain.statistics;

import java.util.Optional;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.unit.Unit;

/**
 * A dossier indicator of one unit and period as its report gives it and as the dossier records give it. The
 * difference is reported minus computed (for ratios in percentage points); empty when either is missing.
 */
public record ReportedVersusComputed(Unit unit, Period period, Indicator indicator, Optional<ObservedValue> reported,
                                     Optional<ObservedValue> computed) {

    public Optional<Double> difference() {
        return reported.flatMap(r -> computed.map(c -> r.value() - c.value()));
    }
}

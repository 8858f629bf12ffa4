package vn.cchc.domain.finding.rule;

import java.util.List;
import vn.cchc.domain.indicator.StandardIndicators;

/** A numerator above its denominator: the late dossiers (of the late rate) outnumber the dossiers resolved. */
public final class LateAboveResolved extends PartAboveWhole {

    public static final String CODE = "LATE_ABOVE_RESOLVED";

    public LateAboveResolved() {
        super(CODE, "Số hồ sơ trễ hạn lớn hơn số hồ sơ đã giải quyết", "More dossiers returned late than dossiers resolved",
                StandardIndicators.DOSSIERS_RESOLVED, List.of(StandardIndicators.DOSSIERS_LATE));
    }
}

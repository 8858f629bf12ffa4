package vn.cchc.domain.finding.rule;

import java.util.List;
import vn.cchc.domain.indicator.StandardIndicators;

/** More procedures online (level 3, or full) or publicised than procedures under the unit's competence. */
public final class ProceduresOnlineAboveTotal extends PartAboveWhole {

    public static final String CODE = "PROCEDURES_ONLINE_ABOVE_TOTAL";

    public ProceduresOnlineAboveTotal() {
        super(CODE, "Số thủ tục trực tuyến hoặc công khai lớn hơn tổng số thủ tục",
                "More procedures online or publicised than procedures in total", StandardIndicators.PROCEDURES_TOTAL,
                List.of(StandardIndicators.PROCEDURES_ONLINE_LEVEL3, StandardIndicators.PROCEDURES_ONLINE_FULL,
                        StandardIndicators.PROCEDURES_PUBLICISED));
    }
}

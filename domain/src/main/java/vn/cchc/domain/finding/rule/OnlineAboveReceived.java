package vn.cchc.domain.finding.rule;

import java.util.List;
import vn.cchc.domain.indicator.StandardIndicators;

/** More dossiers submitted online than dossiers received. */
public final class OnlineAboveReceived extends PartAboveWhole {

    public static final String CODE = "ONLINE_ABOVE_RECEIVED";

    public OnlineAboveReceived() {
        super(CODE, "Số hồ sơ nộp trực tuyến lớn hơn số hồ sơ tiếp nhận", "More dossiers submitted online than dossiers received",
                StandardIndicators.DOSSIERS_RECEIVED, List.of(StandardIndicators.DOSSIERS_ONLINE));
    }
}

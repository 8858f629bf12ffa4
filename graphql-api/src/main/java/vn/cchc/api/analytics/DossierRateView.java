package vn.cchc.api.analytics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.statistics.DossierRate;
import vn.cchc.processor.MirrorOf;

@Enum("DossierRate")
@MirrorOf(DossierRate.class)
@Description("A rate of dossier statistics that units can be ranked by (tỷ lệ hồ sơ).")
public enum DossierRateView {
    @Description("On-time rate (tỷ lệ giải quyết đúng hạn): (resolved early + on time) / resolved; higher is better.")
    ON_TIME,
    @Description("Online rate (tỷ lệ hồ sơ trực tuyến): received online / received; higher is better.")
    ONLINE,
    @Description("Late rate (tỷ lệ trễ hạn): (resolved late + in progress overdue) / to process; lower is better.")
    LATE
}

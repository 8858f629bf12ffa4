package vn.cchc.domain.statistics;

import java.util.Optional;
import java.util.function.Function;
import vn.cchc.domain.indicator.Ratio;

/** The rates of dossier statistics that units are compared by, each knowing which direction is better. */
public enum DossierRate {
    /** tỷ lệ giải quyết đúng hạn */
    ON_TIME(DossierCounts::onTimeRate, true),
    /** tỷ lệ hồ sơ trực tuyến */
    ONLINE(DossierCounts::onlineRate, true),
    /** tỷ lệ trễ hạn */
    LATE(DossierCounts::lateRate, false);

    private final Function<DossierCounts, Optional<Ratio>> rate;
    private final boolean higherIsBetter;

    DossierRate(Function<DossierCounts, Optional<Ratio>> rate, boolean higherIsBetter) {
        this.rate = rate;
        this.higherIsBetter = higherIsBetter;
    }

    public Optional<Ratio> of(DossierCounts counts) {
        return rate.apply(counts);
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }
}

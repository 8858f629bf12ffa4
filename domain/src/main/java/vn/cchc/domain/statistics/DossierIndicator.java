package vn.cchc.domain.statistics;

import java.util.Optional;
import java.util.function.Function;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.indicator.StandardIndicators;

/**
 * The standard indicators that dossier records can also give, and how: reports state them, one-stop systems
 * record the dossiers they count, and the two can be compared.
 */
public enum DossierIndicator {
    /** Số hồ sơ tiếp nhận: received in the period. */
    RECEIVED(StandardIndicators.DOSSIERS_RECEIVED, c -> Optional.of(ObservedValue.count(c.received()))),
    /** Số hồ sơ đã giải quyết: resolved in the period, early, on time or late. */
    RESOLVED(StandardIndicators.DOSSIERS_RESOLVED, c -> Optional.of(ObservedValue.count(c.resolved()))),
    /** Hồ sơ nộp trực tuyến: online / received; none when nothing was received. */
    ONLINE(StandardIndicators.DOSSIERS_ONLINE, c -> c.onlineRate().map(ObservedValue::ratio)),
    /** Số hồ sơ trả kết quả trễ hạn: resolved late in the period (results returned late, not the overdue open ones). */
    LATE(StandardIndicators.DOSSIERS_LATE, c -> Optional.of(ObservedValue.count(c.resolvedLate())));

    private final String indicatorCode;
    private final Function<DossierCounts, Optional<ObservedValue>> value;

    DossierIndicator(String indicatorCode, Function<DossierCounts, Optional<ObservedValue>> value) {
        this.indicatorCode = indicatorCode;
        this.value = value;
    }

    public String indicatorCode() {
        return indicatorCode;
    }

    /** The indicator's value computed from the dossier counts of a unit and period. */
    public Optional<ObservedValue> computeFrom(DossierCounts counts) {
        return value.apply(counts);
    }
}

package vn.cchc.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import org.junit.jupiter.api.Test;
import vn.cchc.domain.indicator.Ratio;

class DossierCountsTest {

    // carried over 3, received 10, early 2, on time 4, late 1, returned 1, withdrawn 1, not due 3, overdue 1, online 6
    private final DossierCounts counts = new DossierCounts(3, 10, 2, 4, 1, 1, 1, 3, 1, 6);

    @Test
    void shouldAddCarriedOverAndReceivedToProcess() {
        assertThat(counts.toProcess()).isEqualTo(13);
    }

    @Test
    void shouldCountOnlyEarlyOnTimeAndLateAsResolved() {
        assertThat(counts.resolved()).isEqualTo(7);
        assertThat(counts.inProgress()).isEqualTo(4);
        assertThat(counts.resolved() + counts.returned() + counts.withdrawn() + counts.inProgress()).isEqualTo(counts.toProcess());
    }

    @Test
    void shouldRateOnTimeOverResolved() {
        assertThat(counts.onTimeRate()).contains(Ratio.of(6, 7));
    }

    @Test
    void shouldRateOnlineOverReceived() {
        assertThat(counts.onlineRate()).contains(Ratio.of(6, 10));
    }

    @Test
    void shouldRateLateResolvedAndOverdueOverToProcess() {
        assertThat(counts.lateRate()).contains(Ratio.of(2, 13));
    }

    @Test
    void shouldGiveNoRateWithoutADenominator() {
        DossierCounts onlyCarriedOver = new DossierCounts(2, 0, 0, 0, 0, 0, 0, 1, 1, 0);
        assertThat(onlyCarriedOver.onTimeRate()).isEmpty();
        assertThat(onlyCarriedOver.onlineRate()).isEmpty();
        assertThat(onlyCarriedOver.lateRate()).contains(Ratio.of(1, 2));
        assertThat(DossierCounts.NONE.lateRate()).isEmpty();
        assertThat(DossierCounts.NONE.isEmpty()).isTrue();
        assertThat(onlyCarriedOver.isEmpty()).isFalse();
    }

    @Test
    void shouldAddEveryMeasureOfTwoGroupsOfDossiers() {
        DossierCounts other = new DossierCounts(1, 2, 3, 4, 5, 6, 7, 8, 9, 1);
        assertThat(counts.plus(other)).isEqualTo(new DossierCounts(4, 12, 5, 8, 6, 7, 8, 11, 10, 7));
        assertThat(counts.plus(DossierCounts.NONE)).isEqualTo(counts);
    }

    @Test
    void shouldRejectImpossibleCounts() {
        assertRejected(() -> new DossierCounts(0, 1, 0, 0, 0, 0, 0, 1, 0, 2), "INVALID_COUNT");
        assertRejected(() -> new DossierCounts(-1, 0, 0, 0, 0, 0, 0, 0, 0, 0), "INVALID_COUNT");
    }

    @Test
    void shouldPickTheRateAndItsBetterDirection() {
        assertThat(DossierRate.ON_TIME.of(counts)).isEqualTo(counts.onTimeRate());
        assertThat(DossierRate.ONLINE.of(counts)).isEqualTo(counts.onlineRate());
        assertThat(DossierRate.LATE.of(counts)).isEqualTo(counts.lateRate());
        assertThat(DossierRate.LATE.higherIsBetter()).isFalse();
        assertThat(DossierRate.ON_TIME.higherIsBetter()).isTrue();
    }

    @Test
    void shouldComputeTheDossierIndicatorsAsReportsCountThem() {
        assertThat(DossierIndicator.RECEIVED.computeFrom(counts)).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(10));
        assertThat(DossierIndicator.RESOLVED.computeFrom(counts)).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(7));
        assertThat(DossierIndicator.LATE.computeFrom(counts)).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(1));
        assertThat(DossierIndicator.ONLINE.computeFrom(counts)).hasValueSatisfying(v -> assertThat(v.ratio()).contains(Ratio.of(6, 10)));
        assertThat(DossierIndicator.ONLINE.computeFrom(DossierCounts.NONE)).isEmpty();
        assertThat(DossierIndicator.ONLINE.indicatorCode()).isEqualTo("DOSSIERS_ONLINE");
    }
}

package vn.cchc.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import org.junit.jupiter.api.Test;

class ObservedValueTest {

    @Test
    void shouldHoldCount() {
        ObservedValue v = ObservedValue.count(42);

        assertThat(v.measure()).isEqualTo(Measure.COUNT);
        assertThat(v.value()).isEqualTo(42.0);
        assertThat(v.ratio()).isEmpty();
    }

    @Test
    void shouldAcceptZeroCount() {
        assertThat(ObservedValue.count(0).value()).isEqualTo(0.0);
    }

    @Test
    void shouldRejectNegativeCount() {
        assertRejected(() -> ObservedValue.count(-1), "INVALID_VALUE");
    }

    @Test
    void shouldHoldRatioAsItsPercentage() {
        ObservedValue v = ObservedValue.ratio(Ratio.of(12, 28));

        assertThat(v.measure()).isEqualTo(Measure.RATIO);
        assertThat(v.value()).isCloseTo(42.857, within(0.001));
        assertThat(v.ratio()).contains(Ratio.of(12, 28));
        assertThat(v).hasToString("12/28");
    }

    @Test
    void shouldHoldPercent() {
        ObservedValue v = ObservedValue.percent(87.5);

        assertThat(v.measure()).isEqualTo(Measure.PERCENT);
        assertThat(v.value()).isEqualTo(87.5);
        assertThat(v.ratio()).isEmpty();
        assertThat(ObservedValue.percent(0).value()).isEqualTo(0.0);
        assertThat(ObservedValue.percent(100).value()).isEqualTo(100.0);
    }

    @Test
    void shouldRejectPercentOutsideZeroToHundred() {
        assertRejected(() -> ObservedValue.percent(-0.1), "INVALID_VALUE");
        assertRejected(() -> ObservedValue.percent(100.1), "INVALID_VALUE");
        assertRejected(() -> ObservedValue.percent(Double.NaN), "INVALID_VALUE");
    }
}

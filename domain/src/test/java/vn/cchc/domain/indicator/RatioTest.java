package vn.cchc.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import org.junit.jupiter.api.Test;

class RatioTest {

    @Test
    void shouldKeepBothNumbers() {
        Ratio r = Ratio.of(4, 9);

        assertThat(r.numerator()).isEqualTo(4);
        assertThat(r.denominator()).isEqualTo(9);
        assertThat(r).hasToString("4/9");
        assertThat(r).isEqualTo(new Ratio(4, 9));
    }

    @Test
    void shouldRejectNegativeNumerator() {
        assertRejected(() -> Ratio.of(-1, 9), "INVALID_RATIO");
    }

    @Test
    void shouldRejectZeroOrNegativeDenominator() {
        assertRejected(() -> Ratio.of(0, 0), "INVALID_RATIO");
        assertRejected(() -> Ratio.of(0, -3), "INVALID_RATIO");
    }

    @Test
    void shouldRejectNumeratorAboveDenominator() {
        assertRejected(() -> Ratio.of(10, 9), "INVALID_RATIO");
    }

    @Test
    void shouldAcceptZeroAndWholeShares() {
        assertThat(Ratio.of(0, 5).percent()).isEqualTo(0.0);
        assertThat(Ratio.of(28, 28).percent()).isEqualTo(100.0);
    }

    @Test
    void shouldGivePercent() {
        assertThat(Ratio.of(12, 28).percent()).isCloseTo(42.857, within(0.001));
        assertThat(Ratio.of(1, 4).percent()).isEqualTo(25.0);
    }

    @Test
    void shouldSumNumeratorsAndDenominators() {
        Ratio sum = Ratio.of(4, 9).plus(Ratio.of(1, 1));

        assertThat(sum).isEqualTo(Ratio.of(5, 10));
        assertThat(sum.percent()).isEqualTo(50.0);
        // not the average of 44.4 % and 100 %
        assertThat(sum.percent()).isNotCloseTo((Ratio.of(4, 9).percent() + 100.0) / 2, within(1.0));
    }

    @Test
    void shouldGiveNoRatioOfNothing() {
        assertThat(Ratio.ifDefined(0, 0)).isEmpty();
        assertThat(Ratio.ifDefined(3, 4)).contains(Ratio.of(3, 4));
        assertRejected(() -> Ratio.ifDefined(3, 0), "INVALID_RATIO");
    }

    @Test
    void shouldCompareSharesExactly() {
        assertThat(Ratio.of(1, 3).compareShareTo(Ratio.of(2, 6))).isZero();
        assertThat(Ratio.of(1, 2).compareShareTo(Ratio.of(2, 3))).isNegative();
        assertThat(Ratio.of(28, 28).compareShareTo(Ratio.of(4, 9))).isPositive();
    }
}

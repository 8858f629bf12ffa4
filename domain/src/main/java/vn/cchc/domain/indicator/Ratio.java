package vn.cchc.domain.indicator;

import java.util.Optional;
import vn.cchc.domain.shared.DomainException;

/**
 * A ratio "x/y" as reports print it (28/28 procedures publicised, 4/9 dossiers online): both numbers are kept,
 * because "4/9" says more than "44 %" and sums of ratios must add numerators and denominators.
 */
public record Ratio(long numerator, long denominator) {

    public Ratio {
        DomainException.require(numerator >= 0, "INVALID_RATIO", "the numerator must not be negative, got " + numerator,
                "ratio.negative", numerator);
        DomainException.require(denominator > 0, "INVALID_RATIO", "the denominator must be positive, got " + denominator,
                "ratio.denominator", denominator);
        DomainException.require(numerator <= denominator, "INVALID_RATIO",
                "the numerator " + numerator + " cannot exceed the denominator " + denominator,
                "ratio.exceeds", numerator, denominator);
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(numerator, denominator);
    }

    /**
     * The ratio of two counts, or empty when the denominator is 0: a share of nothing is undefined, neither 0 % nor
     * 100 % (no dossier received gives no online rate).
     */
    public static Optional<Ratio> ifDefined(long numerator, long denominator) {
        return denominator == 0 && numerator == 0 ? Optional.empty() : Optional.of(new Ratio(numerator, denominator));
    }

    /** The share in percent, 0 to 100. */
    public double percent() {
        return numerator * 100.0 / denominator;
    }

    /** Compares the shares exactly (1/3 equals 2/6), without the rounding of {@link #percent()}. */
    public int compareShareTo(Ratio other) {
        return Long.compare(Math.multiplyExact(numerator, other.denominator), Math.multiplyExact(other.numerator, denominator));
    }

    /** The ratio of the summed parts, as a roll-up of ratios must be (never an average of percentages). */
    public Ratio plus(Ratio other) {
        return new Ratio(numerator + other.numerator, denominator + other.denominator);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}

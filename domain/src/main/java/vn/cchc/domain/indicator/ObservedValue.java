package vn.cchc.domain.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Optional;
import vn.cchc.domain.shared.DomainException;

/**
 * The value of one observation: a count, a ratio (value = its percentage, with numerator and denominator
 * kept) or a bare percentage.
 */
@Embeddable
public class ObservedValue {

    @Enumerated(EnumType.STRING)
    @Column(name = "VALUE_MEASURE", nullable = false, length = 8)
    private Measure measure;

    @Column(name = "OBSERVED_VALUE", nullable = false)
    private double value;

    @Column(name = "NUMERATOR")
    private Long numerator;

    @Column(name = "DENOMINATOR")
    private Long denominator;

    protected ObservedValue() {
        // for JPA
    }

    private ObservedValue(Measure measure, double value, Long numerator, Long denominator) {
        this.measure = measure;
        this.value = value;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public static ObservedValue count(long count) {
        DomainException.require(count >= 0, "INVALID_VALUE", "a count must not be negative, got " + count,
                "count.negative", count);
        return new ObservedValue(Measure.COUNT, count, null, null);
    }

    public static ObservedValue ratio(Ratio ratio) {
        return new ObservedValue(Measure.RATIO, ratio.percent(), ratio.numerator(), ratio.denominator());
    }

    public static ObservedValue percent(double percent) {
        DomainException.require(percent >= 0 && percent <= 100, "INVALID_VALUE",
                "a percentage is between 0 and 100, got " + percent,
                "percent.range", percent);
        return new ObservedValue(Measure.PERCENT, percent, null, null);
    }

    /** The same value in a new embeddable, for another observation (JPA embeddables are never shared). */
    ObservedValue copy() {
        return new ObservedValue(measure, value, numerator, denominator);
    }

    public Measure measure() {
        return measure;
    }

    /** The count, the ratio's percentage, or the percentage. */
    public double value() {
        return value;
    }

    public Optional<Ratio> ratio() {
        return numerator == null ? Optional.empty() : Optional.of(new Ratio(numerator, denominator));
    }

    @Override
    public String toString() {
        return ratio().map(Ratio::toString).orElse(String.valueOf(value));
    }
}

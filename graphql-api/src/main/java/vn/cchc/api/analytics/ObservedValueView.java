package vn.cchc.api.analytics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.domain.indicator.ObservedValue;
import vn.cchc.domain.indicator.Ratio;

@Type("ObservedValue")
@Description("A value of an indicator (giá trị chỉ tiêu), possibly summed over units: a count, a ratio x/y with both "
        + "numbers, or a percentage.")
public class ObservedValueView {

    private final ObservedValue observed;

    ObservedValueView(ObservedValue observed) {
        this.observed = observed;
    }

    @NonNull
    @Description("The value (giá trị): the count for COUNT, the share in percent for RATIO, the percentage for PERCENT.")
    public double getValue() {
        return observed.value();
    }

    @Description("For a ratio x/y (tử số), x; null for other measures.")
    public Integer getNumerator() {
        return observed.ratio().map(r -> Math.toIntExact(r.numerator())).orElse(null);
    }

    @Description("For a ratio x/y (mẫu số), y; null for other measures.")
    public Integer getDenominator() {
        return observed.ratio().map(Ratio::denominator).map(Math::toIntExact).orElse(null);
    }
}

package vn.cchc.api.analytics;

import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.domain.indicator.Ratio;

@Type("Rate")
@Description("A rate x/y of dossier counts (tỷ lệ): both numbers, and the share in percent when y is not 0.")
public class RateView {

    /** Empty when the denominator is 0, and then the numerator is 0 too: a rate counts a part of its whole. */
    private final Optional<Ratio> ratio;

    RateView(Optional<Ratio> ratio) {
        this.ratio = ratio;
    }

    @NonNull
    @Description("x (tử số).")
    public int getNumerator() {
        return ratio.map(r -> Math.toIntExact(r.numerator())).orElse(0);
    }

    @NonNull
    @Description("y (mẫu số).")
    public int getDenominator() {
        return ratio.map(r -> Math.toIntExact(r.denominator())).orElse(0);
    }

    @Description("x / y in percent, 0 to 100 (tỷ lệ phần trăm); null when y is 0: no dossier to rate is no rate, neither 0 % nor 100 %.")
    public Double getPercent() {
        return ratio.map(Ratio::percent).orElse(null);
    }
}

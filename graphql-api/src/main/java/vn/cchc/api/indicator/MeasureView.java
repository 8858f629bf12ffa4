package vn.cchc.api.indicator;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.indicator.Measure;
import vn.cchc.processor.MirrorOf;

@Enum("Measure")
@MirrorOf(Measure.class)
@Description("What kind of number an indicator is (đơn vị đo).")
public enum MeasureView {
    @Description("A whole count (số lượng); value is the count.")
    COUNT,
    @Description("A ratio x/y (tỷ lệ): numerator and denominator are kept; value is the share in percent.")
    RATIO,
    @Description("A percentage reported without its counts (tỷ lệ phần trăm); value is 0 to 100.")
    PERCENT
}

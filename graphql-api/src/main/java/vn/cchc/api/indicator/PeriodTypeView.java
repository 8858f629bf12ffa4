package vn.cchc.api.indicator;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.period.PeriodType;
import vn.cchc.processor.FilterOf;
import vn.cchc.processor.MirrorOf;

@Enum("PeriodType")
@MirrorOf(PeriodType.class)
@FilterOf("the length of a period (loại kỳ)")
@Description("Length of a reporting period (kỳ báo cáo).")
public enum PeriodTypeView {
    @Description("A quarter (quý), number 1-4.")
    QUARTER,
    @Description("A half-year (6 tháng), number 1-2.")
    HALF_YEAR,
    @Description("The first nine months (9 tháng).")
    NINE_MONTHS,
    @Description("A whole year (năm).")
    YEAR
}

package vn.cchc.api.indicator;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.filter.IntFilter;
import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.shared.Condition;

@Input("PeriodFilter")
@Description("Which periods (bộ lọc kỳ): every field given must hold. Q1 2022: {type: {eq: QUARTER}, year: {eq: 2022}, "
        + "number: {eq: 1}}; the quarters of 2023 and 2024: {type: {eq: QUARTER}, year: {gte: 2023, lte: 2024}}.")
public class PeriodFilter {

    @Description("The length of the period (loại kỳ).")
    public PeriodTypeFilter type;

    @Description("The year (năm).")
    public IntFilter year;

    @Description("The number within the year (số thứ tự kỳ): the quarter 1-4, the half 1-2; 1 for NINE_MONTHS and YEAR.")
    public IntFilter number;

    /** The condition on the owner's period, whose parts are these attributes. */
    public Condition toCondition(String path, Attribute yearAttribute, Attribute typeAttribute, Attribute numberAttribute) {
        return Condition.and(
                type == null ? Condition.TRUE : type.toCondition(path + ".type", typeAttribute),
                year == null ? Condition.TRUE : year.toCondition(path + ".year", yearAttribute),
                number == null ? Condition.TRUE : number.toCondition(path + ".number", numberAttribute));
    }
}

package vn.cchc.api.analytics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RankingOrder")
@Description("Which end of a ranking is ranked 1 (thứ tự xếp hạng).")
public enum RankingOrderView {
    @Description("The highest value is ranked 1 (cao nhất trước).")
    HIGHEST_FIRST,
    @Description("The lowest value is ranked 1 (thấp nhất trước).")
    LOWEST_FIRST
}

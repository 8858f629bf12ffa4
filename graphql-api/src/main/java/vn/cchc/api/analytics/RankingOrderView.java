package vn.cchc.api.analytics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.statistics.RankingOrder;
import vn.cchc.processor.MirrorOf;

@Enum("RankingOrder")
@MirrorOf(RankingOrder.class)
@Description("Which end of a ranking is ranked 1 (thứ tự xếp hạng).")
public enum RankingOrderView {
    @Description("The highest value is ranked 1 (cao nhất trước).")
    HIGHEST_FIRST,
    @Description("The lowest value is ranked 1 (thấp nhất trước).")
    LOWEST_FIRST
}

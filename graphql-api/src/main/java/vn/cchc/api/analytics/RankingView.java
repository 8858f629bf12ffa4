package vn.cchc.api.analytics;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.mapping.Enums;
import vn.cchc.domain.statistics.Ranking;

@Type("Ranking")
@Description("Units ranked by a value (bảng xếp hạng) with standard competition ranking: equal values share a rank and "
        + "the next rank skips as many places (1, 2, 2, 4); ratios are compared exactly (1/3 equals 2/6). Units without a "
        + "value come last, unranked. Within a rank, units are ordered by code.")
public class RankingView {

    private final Ranking ranking;

    public RankingView(Ranking ranking) {
        this.ranking = ranking;
    }

    @NonNull
    @Description("Which end is ranked 1 (thứ tự xếp hạng): the one asked for, else the better end.")
    public RankingOrderView getOrder() {
        return Enums.mirror(ranking.order(), RankingOrderView.class);
    }

    @NonNull
    @Description("The units in rank order (danh sách xếp hạng).")
    public List<@NonNull RankingEntryView> getEntries() {
        return ranking.entries().stream().map(RankingEntryView::new).toList();
    }
}

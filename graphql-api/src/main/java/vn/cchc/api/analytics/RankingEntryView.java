package vn.cchc.api.analytics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.unit.UnitView;
import vn.cchc.domain.statistics.RankingEntry;

@Type("RankingEntry")
@Description("One unit's place in a ranking (thứ hạng của đơn vị).")
public class RankingEntryView {

    private final RankingEntry entry;

    RankingEntryView(RankingEntry entry) {
        this.entry = entry;
    }

    @Description("The rank (thứ hạng), 1 for the first; equal values share a rank and the next rank skips as many places "
            + "(1, 2, 2, 4); null for a unit without a value.")
    public Integer getRank() {
        return entry.rank().orElse(null);
    }

    @NonNull
    @Description("The unit (đơn vị).")
    public UnitView getUnit() {
        return new UnitView(entry.unit());
    }

    @Description("The value it is ranked by (giá trị); null when it has none (no observation, or no dossier to rate).")
    public ObservedValueView getValue() {
        return entry.value().map(ObservedValueView::new).orElse(null);
    }

    @Description("Its rank in the same ranking of the period before (thứ hạng kỳ trước); null when it had none.")
    public Integer getPreviousRank() {
        return entry.previous().flatMap(RankingEntry::rank).orElse(null);
    }

    @Description("Its value in the period before (giá trị kỳ trước); null when it had none.")
    public ObservedValueView getPreviousValue() {
        return entry.previous().flatMap(RankingEntry::value).map(ObservedValueView::new).orElse(null);
    }

    @Description("The value minus the previous period's (thay đổi so với kỳ trước): counts in units, ratios and "
            + "percentages in percentage points; null unless both exist.")
    public Double getChange() {
        return entry.change().orElse(null);
    }

    @Description("Places gained since the period before (số bậc tăng): positive when the unit moved up, negative when "
            + "it moved down; null unless it was ranked in both.")
    public Integer getPlacesGained() {
        return entry.placesGained().orElse(null);
    }
}

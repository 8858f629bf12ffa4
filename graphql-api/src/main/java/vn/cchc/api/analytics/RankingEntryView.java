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
}

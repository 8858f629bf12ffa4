package vn.cchc.api.analytics;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.unit.UnitView;
import vn.cchc.domain.statistics.ObservationSeries;

@Type("ObservationSeries")
@Description("An indicator's values for one unit over consecutive periods (chuỗi số liệu theo kỳ), every period present.")
public class ObservationSeriesView {

    private final ObservationSeries series;

    ObservationSeriesView(ObservationSeries series) {
        this.series = series;
    }

    @NonNull
    @Description("The unit (đơn vị); with rollUp, the values count its whole subtree.")
    public UnitView getUnit() {
        return new UnitView(series.unit());
    }

    @NonNull
    @Description("One point per period, oldest first (các kỳ).")
    public List<@NonNull ObservationPointView> getPoints() {
        return series.points().stream().map(ObservationPointView::new).toList();
    }
}

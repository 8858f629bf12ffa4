package vn.cchc.api.analytics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.indicator.PeriodView;
import vn.cchc.domain.statistics.ObservationPoint;

@Type("ObservationPoint")
@Description("An indicator's value for one unit and period (điểm số liệu), with the values it is compared with and the "
        + "changes: value minus the earlier value, for ratios and percentages in percentage points; null when either is missing.")
public class ObservationPointView {

    private final ObservationPoint point;

    ObservationPointView(ObservationPoint point) {
        this.point = point;
    }

    @NonNull
    @Description("The period (kỳ).")
    public PeriodView getPeriod() {
        return new PeriodView(point.period());
    }

    @Description("The value (giá trị); null when there is none for the period.")
    public ObservedValueView getValue() {
        return point.value().map(ObservedValueView::new).orElse(null);
    }

    @Description("The value of the period before (kỳ trước), e.g. Q4 2023 for Q1 2024.")
    public ObservedValueView getPrevious() {
        return point.previous().map(ObservedValueView::new).orElse(null);
    }

    @Description("value - previous (thay đổi so với kỳ trước).")
    public Double getChangeFromPrevious() {
        return point.changeFromPrevious().orElse(null);
    }

    @Description("The value of the same period a year before (cùng kỳ năm trước), e.g. Q1 2023 for Q1 2024.")
    public ObservedValueView getYearEarlier() {
        return point.yearEarlier().map(ObservedValueView::new).orElse(null);
    }

    @Description("value - yearEarlier (thay đổi so với cùng kỳ năm trước).")
    public Double getChangeFromYearEarlier() {
        return point.changeFromYearEarlier().orElse(null);
    }
}

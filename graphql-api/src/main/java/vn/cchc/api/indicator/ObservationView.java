package vn.cchc.api.indicator;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.mapping.Enums;
import vn.cchc.api.report.ReportView;
import vn.cchc.api.unit.UnitView;
import vn.cchc.domain.indicator.Observation;
import vn.cchc.domain.indicator.ObservationAttribute;
import vn.cchc.domain.indicator.Ratio;
import vn.cchc.processor.ListOf;
import vn.cchc.processor.OrderBy;

@Type("Observation")
@Description("One value of one indicator for one unit and one period (số liệu chỉ tiêu), possibly for one slice of it "
        + "(a breakdown), reported in a report or computed from dossiers.")
@ListOf(page = "observations (danh sách số liệu)",
        nodes = "observations", edge = "An observation", node = "observation",
        attributes = ObservationAttribute.class, order = "observations (sắp xếp số liệu)",
        orderBy = {
                @OrderBy(value = "PERIOD", description = "The period (kỳ): year, then length of period, then number.",
                        attributes = {"PERIOD_YEAR", "PERIOD_TYPE", "PERIOD_NUMBER"}),
                @OrderBy(value = "VALUE", description = "The value (giá trị)."),
                @OrderBy(value = "SOURCE", description = "The source (nguồn), by its name.")})
public class ObservationView {

    private final Observation observation;

    public ObservationView(Observation observation) {
        this.observation = observation;
    }

    @Id
    @NonNull
    @Description("Opaque identifier (mã định danh nội bộ).")
    public String getId() {
        return String.valueOf(observation.id());
    }

    @NonNull
    @Description("The indicator observed (chỉ tiêu).")
    public IndicatorView getIndicator() {
        return new IndicatorView(observation.indicator());
    }

    @NonNull
    @Description("The unit the value is about (đơn vị).")
    public UnitView getUnit() {
        return new UnitView(observation.unit());
    }

    @NonNull
    @Description("The period the value is for (kỳ).")
    public PeriodView getPeriod() {
        return new PeriodView(observation.period());
    }

    @NonNull
    @Description("The value (giá trị): the count for COUNT, the share in percent for RATIO, the percentage for PERCENT.")
    public double getValue() {
        return observation.value().value();
    }

    @Description("For a ratio x/y (tử số), x; null for other measures.")
    public Integer getNumerator() {
        return observation.value().ratio().map(Ratio::numerator).map(Math::toIntExact).orElse(null);
    }

    @Description("For a ratio x/y (mẫu số), y; null for other measures.")
    public Integer getDenominator() {
        return observation.value().ratio().map(Ratio::denominator).map(Math::toIntExact).orElse(null);
    }

    @NonNull
    @Description("The slice the value counts (chi tiết theo chiều); empty for the total.")
    public List<@NonNull BreakdownMemberView> getBreakdown() {
        return observation.breakdown().stream().map(BreakdownMemberView::new).toList();
    }

    @NonNull
    @Description("Where the value comes from (nguồn số liệu).")
    public ObservationSourceView getSource() {
        return Enums.mirror(observation.source(), ObservationSourceView.class);
    }

    @Description("The report that gives the value (báo cáo); null for computed values.")
    public ReportView getReport() {
        return observation.report().map(ReportView::new).orElse(null);
    }
}

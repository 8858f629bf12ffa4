package vn.cchc.api.analytics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.indicator.IndicatorView;
import vn.cchc.api.indicator.PeriodView;
import vn.cchc.api.unit.UnitView;
import vn.cchc.domain.statistics.ReportedVersusComputed;

@Type("ReportedVersusComputed")
@Description("A dossier indicator of one unit and period as reported and as computed from the dossier records (số liệu "
        + "báo cáo và số liệu tính từ hồ sơ). The computed value counts the dossiers of the unit and every unit below it "
        + "(a department's dossiers are received by its one-stop shop): DOSSIERS_RECEIVED = received, DOSSIERS_RESOLVED = "
        + "resolved, DOSSIERS_ONLINE = online / received, DOSSIERS_LATE = resolved late (results returned late).")
public class ReportedVersusComputedView {

    private final ReportedVersusComputed comparison;

    ReportedVersusComputedView(ReportedVersusComputed comparison) {
        this.comparison = comparison;
    }

    @NonNull
    @Description("The unit (đơn vị).")
    public UnitView getUnit() {
        return new UnitView(comparison.unit());
    }

    @NonNull
    @Description("The period (kỳ).")
    public PeriodView getPeriod() {
        return new PeriodView(comparison.period());
    }

    @NonNull
    @Description("The indicator (chỉ tiêu).")
    public IndicatorView getIndicator() {
        return new IndicatorView(comparison.indicator());
    }

    @Description("The unit's reported total (số liệu báo cáo); null when no report gives it.")
    public ObservedValueView getReported() {
        return comparison.reported().map(ObservedValueView::new).orElse(null);
    }

    @Description("The value computed from the dossiers (số liệu tính từ hồ sơ); null only for DOSSIERS_ONLINE when nothing was received.")
    public ObservedValueView getComputed() {
        return comparison.computed().map(ObservedValueView::new).orElse(null);
    }

    @Description("reported - computed (chênh lệch), for ratios in percentage points; null when either is missing.")
    public Double getDifference() {
        return comparison.difference().orElse(null);
    }
}

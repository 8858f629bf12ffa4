package vn.cchc.domain.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.cchc.domain.indicator.ObservationAttribute;
import vn.cchc.domain.indicator.ObservationSource;
import vn.cchc.domain.shared.Condition;

/**
 * Which reports, and so which reported observations, a caller may read: every report, or those in the
 * {@code published} statuses anywhere plus every report of the units in the subtree of {@code ownUnitCode}. Computed
 * observations (from dossier records, no report) are readable when {@code computedFigures} is true. Lists add
 * {@link #reports()} or {@link #observations()} to their condition, so that no list, count or nested field can reach
 * past it.
 *
 * @param ownUnitCode the code of the unit whose subtree's reports are readable in any status, or null
 */
public record ReportVisibility(boolean everything, Set<ReportStatus> published, String ownUnitCode, boolean computedFigures) {

    /** Everything, for callers who read everything and for the application's own work. */
    public static final ReportVisibility ALL = new ReportVisibility(true, EnumSet.allOf(ReportStatus.class), null, true);

    public ReportVisibility {
        published = published.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(published));
    }

    public boolean allows(Report report) {
        return everything || published.contains(report.status())
                || (ownUnitCode != null && report.unit().path().contains("/" + ownUnitCode + "/"));
    }

    /** The reports it allows, as a condition on reports. */
    public Condition reports() {
        if (everything) {
            return Condition.TRUE;
        }
        List<Condition> any = new ArrayList<>();
        if (!published.isEmpty()) {
            any.add(new Condition.OneOf(ReportAttribute.STATUS, List.<Object>copyOf(published)));
        }
        if (ownUnitCode != null) {
            any.add(Condition.related(ReportAttribute.UNIT, new Condition.WithinSubtree(ownUnitCode)));
        }
        return new Condition.Any(any);
    }

    /** The observations it allows: a reported figure is read with its report, a computed one where allowed. */
    public Condition observations() {
        if (everything) {
            return Condition.TRUE;
        }
        Condition ofVisibleReport = Condition.related(ObservationAttribute.REPORT, reports());
        return computedFigures
                ? new Condition.Any(List.of(ofVisibleReport, Condition.eq(ObservationAttribute.SOURCE, ObservationSource.COMPUTED)))
                : ofVisibleReport;
    }
}

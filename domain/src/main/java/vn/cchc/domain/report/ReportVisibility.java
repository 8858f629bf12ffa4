package vn.cchc.domain.report;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which reports, and so which reported observations, a caller may read: every report, or those in the
 * {@code published} statuses anywhere plus every report of the units in the subtree at {@code ownSubtree}. Computed
 * observations (from dossier records, no report) are readable when {@code computedFigures} is true. Repositories apply
 * it in the query itself, so that no list, count or nested field can reach past it.
 *
 * @param ownSubtree a unit path ({@code /NA/NA-UBND/NA-SKHCN/}) or null
 */
public record ReportVisibility(boolean everything, Set<ReportStatus> published, String ownSubtree, boolean computedFigures) {

    /** Everything, for callers who read everything and for the application's own work. */
    public static final ReportVisibility ALL = new ReportVisibility(true, EnumSet.allOf(ReportStatus.class), null, true);

    public ReportVisibility {
        published = published.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(published));
    }

    public boolean allows(Report report) {
        return everything || published.contains(report.status())
                || (ownSubtree != null && report.unit().path().startsWith(ownSubtree));
    }
}

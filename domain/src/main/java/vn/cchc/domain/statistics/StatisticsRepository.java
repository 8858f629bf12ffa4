package vn.cchc.domain.statistics;

import java.util.List;
import vn.cchc.domain.indicator.Indicator;
import vn.cchc.domain.indicator.ObservationSource;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.period.PeriodWindows;
import vn.cchc.domain.shared.Condition;

/** Statistics computed where the data is: grouped and summed in the database, never by reading every row. */
public interface StatisticsRepository {

    /**
     * The measures of the matching dossiers for each period of the query and each group of its other dimensions,
     * ordered by period, then by the groups' codes. Groups without any dossier to process are left out; without
     * any grouping but time, each period has one row, zeros included.
     */
    List<DossierStatistics> dossierStatistics(DossierStatisticsQuery query);

    /** For each selected unit, by code, the indicator's totals over the series, every period present. */
    List<ObservationSeries> observationSeries(ObservationSeriesQuery query);

    /** The units matching the condition ranked by their own total of the indicator for the period, from one source. */
    Ranking rankByIndicator(Indicator indicator, Condition units, Period period, RankingOrder order,
                            ObservationSource source);

    /** The units matching the condition ranked by a rate of the dossiers received by each unit and every unit below it. */
    default Ranking rankByDossierRate(DossierRate rate, Condition units, Period period, RankingOrder order) {
        return rankByDossierRate(rate, units, period, order, PeriodWindows.CALENDAR);
    }

    /** As {@link #rankByDossierRate(DossierRate, Condition, Period, RankingOrder)}, the period standing for its window in {@code windows}. */
    Ranking rankByDossierRate(DossierRate rate, Condition units, Period period, RankingOrder order, PeriodWindows windows);

    /**
     * For each selected unit and period of the series where the unit's subtree had dossiers to process, each
     * {@link DossierIndicator} as reported (the unit's reported total) and as computed from those dossiers received
     * and resolved in the period's window ({@link PeriodWindows}: the calendar period, or its report's window);
     * ordered by unit code, period, then indicator.
     */
    List<ReportedVersusComputed> reportedVersusComputed(Condition units, PeriodSeries periods, PeriodWindows windows);
}

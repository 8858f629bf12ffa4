package vn.cchc.domain.indicator;

import java.util.Collection;
import java.util.List;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;

/** Observations by unit, indicator, period and report. */
public interface ObservationRepository {

    /** Observations matching the criteria, ordered by period, indicator, unit, then breakdown. */
    Slice<Observation> find(ObservationCriteria criteria, PageRequest page);

    long count(ObservationCriteria criteria);

    /** The same page of the matching observations about each of these units, in list order. */
    ParentSlices<Observation> findPerUnit(Collection<Long> unitIds, ObservationCriteria criteria, PageRequest page);

    /** The same page of the matching observations of each of these indicators, in list order. */
    ParentSlices<Observation> findPerIndicator(Collection<Long> indicatorIds, ObservationCriteria criteria, PageRequest page);

    /** The same page of the matching observations each of these reports gives, in list order. */
    ParentSlices<Observation> findPerReport(Collection<Long> reportIds, ObservationCriteria criteria, PageRequest page);

    void add(Observation observation);

    /** Every observation this report gives, in list order. */
    List<Observation> findOfReport(Report report);

    /** Removes every observation this report gives (the report must still be editable). */
    void removeOfReport(Report report);
}

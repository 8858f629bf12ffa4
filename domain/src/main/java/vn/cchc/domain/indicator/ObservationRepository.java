package vn.cchc.domain.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;

/** Observations by unit, indicator, period and report. */
public interface ObservationRepository {

    /** Observations matching the criteria, in its order (by default by period, indicator, unit, then breakdown). */
    Slice<Observation> find(Criteria criteria, PageRequest page);

    long count(Condition condition);

    /**
     * The same page of the matching observations of each of these parents, in list order.
     *
     * @param parent {@link ObservationAttribute#UNIT}, {@link ObservationAttribute#INDICATOR} or {@link ObservationAttribute#REPORT}
     */
    ParentSlices<Observation> findPerParent(ObservationAttribute parent, Collection<Long> parentIds, Criteria criteria,
                                            PageRequest page);

    void add(Observation observation);

    /** Every observation this report gives, in list order. */
    List<Observation> findOfReport(Report report);

    /** The observations of each of these reports, by report id, as {@link #findOfReport} gives them, in one statement. */
    Map<Long, List<Observation>> findOfReports(Collection<Report> reports);

    /** Removes every observation this report gives (the report must still be editable). */
    void removeOfReport(Report report);
}

package vn.cchc.domain.indicator;

import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.Slice;

/** Observations by unit, indicator, period and report. */
public interface ObservationRepository {

    /** Observations matching the criteria, ordered by period, indicator, unit, then breakdown. */
    Slice<Observation> find(ObservationCriteria criteria, PageRequest page);

    long count(ObservationCriteria criteria);

    void add(Observation observation);
}

package vn.cchc.domain.report;

import java.util.Collection;
import java.util.Optional;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;

/** Reports by unit, period and status. */
public interface ReportRepository {

    Optional<Report> findById(long id);

    /** Reports matching the criteria, in its order (by default newest period first, then by unit code). */
    Slice<Report> find(Criteria criteria, PageRequest page);

    long count(Condition condition);

    /** The same page of the matching reports each of these units wrote, in list order. */
    ParentSlices<Report> findOfUnits(Collection<Long> unitIds, Criteria criteria, PageRequest page);

    void add(Report report);
}

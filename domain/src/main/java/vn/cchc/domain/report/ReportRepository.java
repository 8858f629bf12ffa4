package vn.cchc.domain.report;

import java.util.Collection;
import java.util.Optional;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;

/** Reports by unit, period and status. */
public interface ReportRepository {

    Optional<Report> findById(long id);

    /** Reports matching the criteria, newest period first, then by unit code. */
    Slice<Report> find(ReportCriteria criteria, PageRequest page);

    long count(ReportCriteria criteria);

    /** The same page of the reports each of these units wrote, newest period first. */
    ParentSlices<Report> findOfUnits(Collection<Long> unitIds, PageRequest page);

    void add(Report report);
}

package vn.cchc.domain.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;
import vn.cchc.domain.unit.Unit;

/** Reports by unit, period and status. */
public interface ReportRepository {

    Optional<Report> findById(long id);

    /**
     * The report, locked for a change until the transaction ends: changes to one report happen one after the other, so
     * that the second sees the first one's version (and is refused as stale) instead of waiting on it half-way.
     */
    Optional<Report> findForChange(long id);

    /** Reports matching the criteria, in its order (by default newest period first, then by unit code). */
    Slice<Report> find(Criteria criteria, PageRequest page);

    long count(Condition condition);

    /** The same page of the matching reports each of these units wrote, in list order. */
    ParentSlices<Report> findOfUnits(Collection<Long> unitIds, Criteria criteria, PageRequest page);

    /** The reports of this unit on this period that no approved correction replaced, any revision. */
    List<Report> findCurrent(Unit unit, Period period);

    /** The correction started from this report, if any. */
    Optional<Report> findRevisionOf(Report report);

    void add(Report report);

    /**
     * Writes a change to the report or any of its parts now (the report {@link Report#markChanged marked changed}), so
     * that its new version is known; a concurrent change that committed first makes this fail with a conflict now.
     */
    void update(Report report);
}

package vn.cchc.domain.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;

/** Units by code and by place in the tree. */
public interface UnitRepository {

    Optional<Unit> findByCode(String code);

    /** The units with these ids, in no particular order; unknown ids are skipped. */
    List<Unit> findByIds(Collection<Long> ids);

    /** Units matching the criteria, in its order (by code by default). */
    Slice<Unit> find(Criteria criteria, PageRequest page);

    long count(Condition condition);

    /** The same page of the matching children of each of these units, in list order. */
    ParentSlices<Unit> findChildren(Collection<Long> parentIds, Criteria criteria, PageRequest page);

    void add(Unit unit);

    /**
     * Writes a change to the unit, and to the paths of its subtree, now, so that the new version is known; a concurrent
     * change that committed first makes this fail with a conflict now.
     */
    void update(Unit unit);
}

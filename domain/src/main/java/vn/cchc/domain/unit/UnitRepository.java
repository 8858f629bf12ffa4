package vn.cchc.domain.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.ParentSlices;
import vn.cchc.domain.shared.Slice;

/** Units by code and by place in the tree. */
public interface UnitRepository {

    Optional<Unit> findByCode(String code);

    /** The units with these ids, in no particular order; unknown ids are skipped. */
    List<Unit> findByIds(Collection<Long> ids);

    /** Units matching the criteria, ordered by code. */
    Slice<Unit> find(UnitCriteria criteria, PageRequest page);

    long count(UnitCriteria criteria);

    /** The same page of children, ordered by code, for each of these units. */
    ParentSlices<Unit> findChildren(Collection<Long> parentIds, PageRequest page);

    void add(Unit unit);
}

package vn.cchc.domain.finding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.Slice;

/** The findings kept. */
public interface FindingRepository {

    Optional<Finding> find(long id);

    /** The matching findings ({@link FindingAttribute}), most serious and newest first unless the criteria order otherwise. */
    Slice<Finding> find(Criteria criteria, PageRequest page);

    long count(Condition condition);

    /** Every finding matching the condition, to bring up to date after a run of the rules; evidence loaded. */
    List<Finding> all(Condition condition);

    /** How many findings match, per unit id and severity. */
    Map<Long, Map<Severity, Long>> countPerUnit(Condition condition);

    void add(Finding finding);

    /** Writes a change to the finding now, so that its new version is known; a change committed first makes it fail. */
    void update(Finding finding);
}

package vn.cchc.domain.audit;

import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.shared.Criteria;
import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.Slice;

/** The audit trail: entries are added, never changed or removed. */
public interface AuditRepository {

    /** Entries matching the criteria ({@link AuditAttribute}), newest first unless it orders otherwise. */
    Slice<AuditEntry> find(Criteria criteria, PageRequest page);

    long count(Condition condition);

    void add(AuditEntry entry);
}

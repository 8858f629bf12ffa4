package vn.cchc.domain.audit;

import vn.cchc.domain.shared.PageRequest;
import vn.cchc.domain.shared.Slice;

/** The audit trail: entries are added, never changed or removed. */
public interface AuditRepository {

    /** Entries matching the criteria, newest first. */
    Slice<AuditEntry> find(AuditCriteria criteria, PageRequest page);

    long count(AuditCriteria criteria);

    void add(AuditEntry entry);
}

package vn.cchc.domain.audit;

import java.time.Instant;
import vn.cchc.domain.period.Period;

/**
 * Which audit entries to list; every null field means "any".
 *
 * @param withinCode entries about units in the subtree of this unit (itself included)
 * @param from       entries recorded at or after this instant
 * @param to         entries recorded before this instant
 */
public record AuditCriteria(String unitCode, String withinCode, String entityType, Long entityId, Period period,
                            Instant from, Instant to) {

    public static AuditCriteria any() {
        return new AuditCriteria(null, null, null, null, null, null, null);
    }
}

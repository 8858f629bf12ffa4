package vn.cchc.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import vn.cchc.application.security.Caller;
import vn.cchc.domain.audit.AuditEntry;
import vn.cchc.domain.audit.AuditRepository;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.shared.DataVersion;
import vn.cchc.domain.unit.Unit;

/**
 * Records a change in the audit trail; called by the services inside the transaction of the change, as its last step.
 * Every change is recorded, so this is also where the {@link DataVersion} advances: what servers keep of earlier
 * answers is keyed by it.
 */
@ApplicationScoped
public class AuditTrail {

    private final Clock clock = Clock.systemUTC();

    @Inject
    AuditRepository entries;
    @Inject
    DataVersion version;

    protected AuditTrail() {
        // for CDI
    }

    public AuditTrail(AuditRepository entries, DataVersion version) {
        this.entries = entries;
        this.version = version;
    }

    /**
     * @param before the entity as JSON before the change, null when it was created
     * @param after  the entity as JSON after it
     */
    public void record(Caller who, String action, String entityType, long entityId, Unit unit, Period period,
                       String before, String after, String reason) {
        entries.add(new AuditEntry(clock.instant(), who.name(), action, entityType, entityId, unit, period, before, after,
                reason));
        version.advance();
    }
}

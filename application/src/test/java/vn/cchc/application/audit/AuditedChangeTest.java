package vn.cchc.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.application.StandIns;
import vn.cchc.application.security.Caller;
import vn.cchc.application.security.Role;
import vn.cchc.domain.audit.AuditEntry;
import vn.cchc.domain.audit.AuditRepository;
import vn.cchc.domain.shared.DataVersion;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.shared.VersionConflict;

/** The steps of a change in their order: version, the change's checks, before, change, save, audit, data version; nothing on refusal. */
class AuditedChangeTest {

    /** An aggregate reduced to what the steps need. */
    private static final class Counter {
        long version = 3;
        int value = 1;
    }

    private final StandIns standIns = new StandIns();
    private final List<String> saved = new ArrayList<>();
    private final AuditTrail audit = new AuditTrail(standIns.of(AuditRepository.class, Map.of()),
            standIns.of(DataVersion.class, Map.of("advance", args -> saved.add("version advanced"))));
    private final AuditedChange<Counter> change = new AuditedChange<>("Counter", c -> "c1", c -> c.version, c -> 7L, c -> null,
            c -> null, c -> "{\"value\":" + c.value + "}", c -> saved.add("saved " + c.value));
    private final Caller admin = Caller.of("admin", Set.of(Role.ADMIN));

    @Test
    void shouldRecordTheStateBeforeAndAfterTheChangeOnceItIsSaved() {
        Counter counter = new Counter();
        change.apply(audit, admin, "increment", counter, 3, "why", c -> () -> c.value++);
        assertThat(saved).containsExactly("saved 2", "version advanced");
        AuditEntry entry = (AuditEntry) standIns.written().get(0);
        assertThat(entry.before()).contains("{\"value\":1}");
        assertThat(entry.after()).contains("{\"value\":2}");
    }

    @Test
    void shouldChangeSaveAndRecordNothingWhenTheVersionIsStaleOrACheckFails() {
        Counter counter = new Counter();
        assertThat(catchThrowable(() -> change.apply(audit, admin, "increment", counter, 2, null, c -> () -> c.value++)))
                .isInstanceOf(VersionConflict.class);
        assertThat(catchThrowable(() -> change.apply(audit, admin, "increment", counter, 3, null, c -> {
            throw new DomainException("INVALID", "refused");
        }))).hasMessage("refused");
        assertThat(counter.value).isEqualTo(1);
        assertThat(saved).isEmpty();
        assertThat(standIns.written()).isEmpty();
    }
}

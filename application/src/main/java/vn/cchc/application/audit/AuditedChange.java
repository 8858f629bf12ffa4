package vn.cchc.application.audit;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import vn.cchc.application.security.Caller;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.shared.VersionConflict;
import vn.cchc.domain.unit.Unit;

/**
 * The steps every change to an existing aggregate takes once it is found and the caller may change it, said once for
 * the services: the version the caller read is checked, then the change's own checks (a refused change changes and
 * keeps nothing), the state before is kept, the change is made, the aggregate is saved, and the change goes to the audit
 * trail with the state before and after. What differs between aggregates is what this record is made of.
 *
 * @param entity   the audit trail's name of the aggregate ("Report")
 * @param identity how a version conflict names the one changed (its id, or its code)
 * @param snapshot the aggregate as JSON, for the audit trail
 * @param unit     the unit the change concerns; {@code period} the period, or null
 */
public record AuditedChange<T>(String entity, Function<T, Object> identity, ToLongFunction<T> version, ToLongFunction<T> id,
                               Function<T, Unit> unit, Function<T, Period> period, Function<T, String> snapshot, Consumer<T> save) {

    /** @param checked checks the change against the aggregate and gives back the change to make once every rule holds */
    public T apply(AuditTrail audit, Caller caller, String action, T subject, long readVersion, String reason,
                   Function<T, Runnable> checked) {
        VersionConflict.check(entity + " " + identity.apply(subject), readVersion, version.applyAsLong(subject));
        Runnable change = checked.apply(subject);
        String before = snapshot.apply(subject);
        change.run();
        save.accept(subject);
        audit.record(caller, action, entity, id.applyAsLong(subject), unit.apply(subject), period.apply(subject), before,
                snapshot.apply(subject), reason);
        return subject;
    }
}

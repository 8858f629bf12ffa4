package vn.cchc.domain.audit;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.unit.Unit;

/**
 * One change, as it happened: who (the caller's name), when, what (the action, the entity's type and id, the unit it
 * belongs to and the period it is about), the entity before and after as JSON, and why (a reason, where given).
 * Written in the same transaction as the change, never changed afterwards.
 */
@Entity
@Table(name = "AUDIT_ENTRY")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    /** In UTC: JPA 3.1 maps LocalDateTime to a TIMESTAMP column, an Instant only as serialized bytes. */
    @Column(name = "RECORDED_AT", nullable = false)
    private LocalDateTime recordedAt;

    /** The UTC day of {@link #recordedAt}, kept apart so that filters by day compare days. */
    @Column(name = "RECORDED_ON", nullable = false)
    private LocalDate recordedOn;

    @Column(name = "ACTOR", nullable = false, length = 200)
    private String actor;

    /** What was done, as the mutation names it: createReport, submitReport, ... */
    @Column(name = "ACTION", nullable = false, length = 64)
    private String action;

    @Column(name = "ENTITY_TYPE", nullable = false, length = 40)
    private String entityType;

    @Column(name = "ENTITY_ID", nullable = false)
    private long entityId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "UNIT_ID")
    private Unit unit;

    /** The period the entity is about, when it is about one (a report); columns nullable here. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "year", column = @Column(name = "PERIOD_YEAR")),
            @AttributeOverride(name = "type", column = @Column(name = "PERIOD_TYPE", length = 16)),
            @AttributeOverride(name = "number", column = @Column(name = "PERIOD_NUMBER"))})
    private Period period;

    @Lob
    @Column(name = "BEFORE_STATE")
    private String before;

    @Lob
    @Column(name = "AFTER_STATE")
    private String after;

    @Column(name = "REASON", length = 2000)
    private String reason;

    protected AuditEntry() {
        // for JPA
    }

    /**
     * @param before the entity as JSON before the change, null when it was created
     * @param after  the entity as JSON after the change
     */
    public AuditEntry(Instant recordedAt, String actor, String action, String entityType, long entityId, Unit unit,
                      Period period, String before, String after, String reason) {
        DomainException.require(recordedAt != null, "INVALID_AUDIT_ENTRY", "an audit entry needs its time");
        this.recordedAt = LocalDateTime.ofInstant(recordedAt, ZoneOffset.UTC);
        this.recordedOn = this.recordedAt.toLocalDate();
        this.actor = DomainException.requireText(actor, "INVALID_AUDIT_ENTRY", "actor");
        this.action = DomainException.requireText(action, "INVALID_AUDIT_ENTRY", "action");
        this.entityType = DomainException.requireText(entityType, "INVALID_AUDIT_ENTRY", "entity type");
        this.entityId = entityId;
        this.unit = unit;
        this.period = period;
        this.before = before;
        this.after = after;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public Long id() {
        return id;
    }

    public Instant recordedAt() {
        return recordedAt.toInstant(ZoneOffset.UTC);
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public long entityId() {
        return entityId;
    }

    public Optional<Unit> unit() {
        return Optional.ofNullable(unit);
    }

    public Optional<Period> period() {
        return Optional.ofNullable(period);
    }

    public Optional<String> before() {
        return Optional.ofNullable(before);
    }

    public Optional<String> after() {
        return Optional.ofNullable(after);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}

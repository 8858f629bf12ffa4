package vn.cchc.domain.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;
import vn.cchc.domain.procedure.AdministrativeProcedure;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.unit.Unit;

/**
 * A dossier (hồ sơ): one application for a procedure, received by a unit's one-stop shop and followed until it
 * is resolved (early, on time or late against its due date), returned or withdrawn. Codes are unique per unit,
 * as one-stop systems number them.
 */
@Entity
@Table(name = "DOSSIER", uniqueConstraints = @UniqueConstraint(columnNames = {"UNIT_ID", "CODE"}),
        // Covers the dossier statistics: per unit, the dossiers received by a period's end, with every column a
        // measure reads, so Derby answers from the index alone instead of fetching each row (see BENCHMARKS.md).
        indexes = @Index(name = "IX_DOSSIER_UNIT_RECEIVED", columnList = "UNIT_ID, RECEIVED_ON, CLOSED_ON, DUE_ON, STATUS, CHANNEL"))
public class Dossier {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 64)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PROCEDURE_ID")
    private AdministrativeProcedure procedure;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "UNIT_ID")
    private Unit unit;

    @Column(name = "RECEIVED_ON", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "DUE_ON", nullable = false)
    private LocalDate dueOn;

    /** The day the dossier was closed: resolved, returned or withdrawn. */
    @Column(name = "CLOSED_ON")
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DossierChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DossierKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DossierStatus status;

    protected Dossier() {
        // for JPA
    }

    public Dossier(String code, AdministrativeProcedure procedure, Unit unit, LocalDate receivedOn, LocalDate dueOn,
                   DossierChannel channel, DossierKind kind) {
        this.code = DomainException.requireText(code, "INVALID_DOSSIER", "dossier code");
        DomainException.require(procedure != null && unit != null, "INVALID_DOSSIER",
                "dossier " + code + " needs a procedure and a receiving unit");
        DomainException.require(receivedOn != null && dueOn != null, "INVALID_DOSSIER",
                "dossier " + code + " needs a received date and a due date");
        DomainException.require(!dueOn.isBefore(receivedOn), "INVALID_DOSSIER",
                "dossier " + code + " is due on " + dueOn + ", before it was received on " + receivedOn);
        DomainException.require(unit.isOpenOn(receivedOn), "INVALID_DOSSIER",
                "unit " + unit.code() + " was not open on " + receivedOn);
        DomainException.require(channel != null && kind != null, "INVALID_DOSSIER",
                "dossier " + code + " needs a channel and a kind");
        this.procedure = procedure;
        this.unit = unit;
        this.receivedOn = receivedOn;
        this.dueOn = dueOn;
        this.channel = channel;
        this.kind = kind;
        this.status = DossierStatus.RECEIVED;
    }

    /**
     * A dossier as a one-stop system reports it, its life replayed up to that status: a closed status needs the day it
     * was closed, an open one has none, and a resolved one is early, on time or late as its dates say.
     */
    public static Dossier reported(String code, AdministrativeProcedure procedure, Unit unit, LocalDate receivedOn,
                                   LocalDate dueOn, LocalDate closedOn, DossierChannel channel, DossierKind kind,
                                   DossierStatus status) {
        Dossier dossier = new Dossier(code, procedure, unit, receivedOn, dueOn, channel, kind);
        DomainException.require(status != null, "INVALID_DOSSIER", "dossier " + code + " needs a status");
        DomainException.require(status.isClosed() == (closedOn != null), "INVALID_DOSSIER",
                "dossier " + code + (status.isClosed() ? " is " + status + ": give the day it was closed"
                        : " is " + status + ": it has no closing day"),
                status.isClosed() ? "dossier.closedOnRequired" : "dossier.closedOnForbidden", code, status);
        switch (status) {
            case RECEIVED -> { }
            case IN_PROGRESS -> dossier.startProcessing();
            case RESOLVED_EARLY, RESOLVED_ON_TIME, RESOLVED_LATE -> dossier.resolve(closedOn);
            case RETURNED -> dossier.returnToApplicant(closedOn);
            case WITHDRAWN -> dossier.withdraw(closedOn);
        }
        DomainException.require(dossier.status == status, "INVALID_DOSSIER", "dossier " + code + " is " + status
                + " but its dates say " + dossier.status, "dossier.statusContradictsDates", code, status, dossier.status);
        return dossier;
    }

    /** The dossier is handed to the competent division. */
    public void startProcessing() {
        requireOpen();
        this.status = DossierStatus.IN_PROGRESS;
    }

    /** Resolves the dossier; early, on time or late follows from the due date. */
    public void resolve(LocalDate on) {
        DomainException.require(on != null, "INVALID_DOSSIER", "dossier " + code + " needs the day it was resolved");
        close(on, on.isBefore(dueOn) ? DossierStatus.RESOLVED_EARLY
                : on.isEqual(dueOn) ? DossierStatus.RESOLVED_ON_TIME
                : DossierStatus.RESOLVED_LATE);
    }

    /** Returns the dossier to the applicant unresolved (incomplete or not eligible). */
    public void returnToApplicant(LocalDate on) {
        close(on, DossierStatus.RETURNED);
    }

    public void withdraw(LocalDate on) {
        close(on, DossierStatus.WITHDRAWN);
    }

    private void close(LocalDate on, DossierStatus closedStatus) {
        requireOpen();
        DomainException.require(on != null && !on.isBefore(receivedOn), "INVALID_DOSSIER",
                "dossier " + code + " cannot be closed on " + on + ", before it was received on " + receivedOn);
        this.closedOn = on;
        this.status = closedStatus;
    }

    private void requireOpen() {
        DomainException.require(!status.isClosed(), "INVALID_DOSSIER", "dossier " + code + " is already " + status);
    }

    /** Still open after its due date. */
    public boolean isOverdueOn(LocalDate day) {
        return !status.isClosed() && day.isAfter(dueOn);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public AdministrativeProcedure procedure() {
        return procedure;
    }

    public Unit unit() {
        return unit;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Optional<LocalDate> closedOn() {
        return Optional.ofNullable(closedOn);
    }

    public DossierChannel channel() {
        return channel;
    }

    public DossierKind kind() {
        return kind;
    }

    public DossierStatus status() {
        return status;
    }
}

package vn.cchc.domain.procedure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.shared.SearchText;
import vn.cchc.domain.unit.Unit;

/**
 * An administrative procedure (thủ tục hành chính, TTHC) that a competent unit resolves. Its online service
 * level is kept in both schemes: the legacy level 1-4 where one is known, and the full / partial / none of
 * Nghị định 42/2022 derived from it, or set directly for procedures classified only under the new scheme.
 * Where the dates are known, the level is kept as a history of dated changes whose latest is the current level;
 * a procedure with such a history only changes level with a date. {@link #onlineServiceOn} says which level held on a day.
 */
@Entity
@Table(name = "ADMINISTRATIVE_PROCEDURE")
public class AdministrativeProcedure {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    /** The code in the national procedure database, where known. */
    @Column(name = "NATIONAL_CODE", length = 64)
    private String nationalCode;

    @Column(nullable = false, length = 1000)
    private String name;

    /** {@link SearchText#fold} of the codes and name: what the filters' {@code search} matches. */
    @Column(name = "SEARCH_TEXT", length = 2000)
    private String searchText;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "FIELD_ID")
    private ProcedureField field;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "COMPETENT_UNIT_ID")
    private Unit competentUnit;

    @Column(name = "LEGACY_ONLINE_LEVEL")
    private Integer legacyOnlineLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "ONLINE_SERVICE", length = 16)
    private OnlineService onlineService;

    @Column(nullable = false)
    private boolean publicised;

    /** Oldest first; the last one is the current level. */
    @ElementCollection
    @CollectionTable(name = "PROCEDURE_ONLINE_SERVICE_CHANGE", joinColumns = @JoinColumn(name = "PROCEDURE_ID"))
    @OrderBy("effectiveFrom")
    private List<OnlineServiceChange> onlineServiceChanges = new ArrayList<>();

    protected AdministrativeProcedure() {
        // for JPA
    }

    public AdministrativeProcedure(String code, String nationalCode, String name, ProcedureField field, Unit competentUnit) {
        this.code = DomainException.requireText(code, "INVALID_PROCEDURE", "procedure code");
        describe(nationalCode, name, field, competentUnit);
    }

    /** Sets what the procedure is: its national code, name, field and the unit competent for it. */
    public void describe(String newNationalCode, String newName, ProcedureField newField, Unit newCompetentUnit) {
        this.nationalCode = newNationalCode == null || newNationalCode.isBlank() ? null : newNationalCode.strip();
        this.name = DomainException.requireText(newName, "INVALID_PROCEDURE", "procedure name");
        this.searchText = SearchText.fold(this.code, this.nationalCode, this.name);
        DomainException.require(newField != null, "INVALID_PROCEDURE", "procedure " + code + " needs a field");
        DomainException.require(newCompetentUnit != null, "INVALID_PROCEDURE", "procedure " + code + " needs a competent unit");
        this.field = newField;
        this.competentUnit = newCompetentUnit;
    }

    /** Sets the legacy level 1-4 and the new-scheme service that follows from it, since a day nobody recorded. */
    public void offerAtLegacyLevel(int level) {
        requireUndatedLevel();
        applyLegacyLevel(level);
    }

    /** Sets the new-scheme service directly, since a day nobody recorded; a legacy level that says otherwise no longer holds. */
    public void offer(OnlineService service) {
        DomainException.require(service != null, "INVALID_ONLINE_LEVEL", "an online service level is required");
        requireUndatedLevel();
        applyService(service);
    }

    /** Records a change of level from its day on, after every change already recorded; it becomes the current level. */
    public void changeOnlineService(OnlineServiceChange change) {
        DomainException.require(change != null, "INVALID_ONLINE_LEVEL", "a change of online level is required");
        DomainException.require(onlineServiceChanges.isEmpty()
                        || change.effectiveFrom().isAfter(onlineServiceChanges.get(onlineServiceChanges.size() - 1).effectiveFrom()),
                "INVALID_ONLINE_LEVEL", "procedure " + code + " already has a change of online level on or after "
                        + change.effectiveFrom() + "; changes are recorded in date order", "procedure.changeOrder", code,
                change.effectiveFrom());
        onlineServiceChanges.add(change);
        change.legacyLevel().ifPresentOrElse(this::applyLegacyLevel, () -> applyService(change.service()));
    }

    /**
     * The new-scheme service on a day, the one definition of a procedure's online level on a day (the API answers it as
     * {@code Procedure.onlineServiceOn}, and the dashboard counts what it answers).
     * <ul>
     * <li>With a dated history: the service of the last change on or before the day; empty before the first change
     * (a level recorded without a date before the history began is not kept, so nothing is known then).</li>
     * <li>Without one: the current level, which was recorded without a date (since a day nobody recorded), on every
     * day asked; empty when no level is known.</li>
     * </ul>
     */
    public Optional<OnlineService> onlineServiceOn(LocalDate day) {
        DomainException.require(day != null, "INVALID_ONLINE_LEVEL", "the day to read the online level of is required");
        if (onlineServiceChanges.isEmpty()) {
            return onlineService();
        }
        OnlineService on = null;
        for (OnlineServiceChange change : onlineServiceChanges) {
            if (change.effectiveFrom().isAfter(day)) {
                break;
            }
            on = change.service();
        }
        return Optional.ofNullable(on);
    }

    private void requireUndatedLevel() {
        DomainException.require(onlineServiceChanges.isEmpty(), "INVALID_ONLINE_LEVEL", "procedure " + code
                + " has a dated history of online levels; record a change with the day it takes effect");
    }

    private void applyLegacyLevel(int level) {
        this.onlineService = OnlineService.fromLegacyLevel(level);
        this.legacyOnlineLevel = level;
    }

    private void applyService(OnlineService service) {
        if (legacyOnlineLevel != null && OnlineService.fromLegacyLevel(legacyOnlineLevel) != service) {
            legacyOnlineLevel = null;
        }
        this.onlineService = service;
    }

    public void publicise() {
        this.publicised = true;
    }

    /** True when the unit resolves dossiers of this procedure: its competent unit or a unit inside it (its one-stop shop). */
    public boolean isHandledAt(Unit unit) {
        return unit.isWithin(competentUnit);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String code() {
        return code;
    }

    public Optional<String> nationalCode() {
        return Optional.ofNullable(nationalCode);
    }

    public String name() {
        return name;
    }

    public ProcedureField field() {
        return field;
    }

    public Unit competentUnit() {
        return competentUnit;
    }

    public Optional<Integer> legacyOnlineLevel() {
        return Optional.ofNullable(legacyOnlineLevel);
    }

    /** Empty when the level is not known. */
    public Optional<OnlineService> onlineService() {
        return Optional.ofNullable(onlineService);
    }

    public boolean isPublicised() {
        return publicised;
    }

    /** The dated changes of the online level, oldest first. */
    public List<OnlineServiceChange> onlineServiceChanges() {
        return Collections.unmodifiableList(onlineServiceChanges);
    }

    @Override
    public String toString() {
        return code;
    }
}

package vn.cchc.domain.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;
import vn.cchc.domain.shared.DomainException;
import vn.cchc.domain.unit.Unit;

/**
 * An administrative procedure (thủ tục hành chính, TTHC) that a competent unit resolves. Its online service
 * level is kept in both schemes: the legacy level 1-4 where one is known, and the full / partial / none of
 * Nghị định 42/2022 derived from it, or set directly for procedures classified only under the new scheme.
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

    protected AdministrativeProcedure() {
        // for JPA
    }

    public AdministrativeProcedure(String code, String nationalCode, String name, ProcedureField field, Unit competentUnit) {
        this.code = DomainException.requireText(code, "INVALID_PROCEDURE", "procedure code");
        this.nationalCode = nationalCode == null || nationalCode.isBlank() ? null : nationalCode.strip();
        this.name = DomainException.requireText(name, "INVALID_PROCEDURE", "procedure name");
        DomainException.require(field != null, "INVALID_PROCEDURE", "procedure " + code + " needs a field");
        DomainException.require(competentUnit != null, "INVALID_PROCEDURE", "procedure " + code + " needs a competent unit");
        this.field = field;
        this.competentUnit = competentUnit;
    }

    /** Sets the legacy level 1-4 and the new-scheme service that follows from it. */
    public void offerAtLegacyLevel(int level) {
        this.onlineService = OnlineService.fromLegacyLevel(level);
        this.legacyOnlineLevel = level;
    }

    /** Sets the new-scheme service directly; a legacy level that says otherwise no longer holds. */
    public void offer(OnlineService service) {
        DomainException.require(service != null, "INVALID_ONLINE_LEVEL", "an online service level is required");
        if (legacyOnlineLevel != null && OnlineService.fromLegacyLevel(legacyOnlineLevel) != service) {
            legacyOnlineLevel = null;
        }
        this.onlineService = service;
    }

    public void publicise() {
        this.publicised = true;
    }

    public Long id() {
        return id;
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

    @Override
    public String toString() {
        return code;
    }
}

package vn.cchc.domain.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Optional;
import vn.cchc.domain.shared.DomainException;

/**
 * A procedure's online service level from a day on: the legacy level 1-4 where it was classified under
 * Nghị định 43/2011, and always the full / partial / none of Nghị định 42/2022.
 */
@Embeddable
public class OnlineServiceChange {

    @Column(name = "EFFECTIVE_FROM", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "LEGACY_LEVEL")
    private Integer legacyLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "ONLINE_SERVICE", nullable = false, length = 16)
    private OnlineService service;

    protected OnlineServiceChange() {
        // for JPA
    }

    /**
     * @param legacyLevel the level 1-4, or null for a procedure classified only under the new scheme; when given,
     *                    it must map to {@code service}
     */
    public OnlineServiceChange(LocalDate effectiveFrom, Integer legacyLevel, OnlineService service) {
        DomainException.require(effectiveFrom != null, "INVALID_ONLINE_LEVEL", "a change of online level needs the day it takes effect");
        DomainException.require(service != null, "INVALID_ONLINE_LEVEL", "an online service level is required");
        DomainException.require(legacyLevel == null || OnlineService.fromLegacyLevel(legacyLevel) == service,
                "INVALID_ONLINE_LEVEL", "legacy level " + legacyLevel + " is not the online service " + service,
                "procedure.levelMismatch", legacyLevel, service);
        this.effectiveFrom = effectiveFrom;
        this.legacyLevel = legacyLevel;
        this.service = service;
    }

    /** A change to a legacy level, with the new-scheme service that follows from it. */
    public static OnlineServiceChange toLegacyLevel(LocalDate effectiveFrom, int level) {
        return new OnlineServiceChange(effectiveFrom, level, OnlineService.fromLegacyLevel(level));
    }

    /** A change classified only under the new scheme. */
    public static OnlineServiceChange to(LocalDate effectiveFrom, OnlineService service) {
        return new OnlineServiceChange(effectiveFrom, null, service);
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public Optional<Integer> legacyLevel() {
        return Optional.ofNullable(legacyLevel);
    }

    public OnlineService service() {
        return service;
    }

    @Override
    public String toString() {
        return effectiveFrom + ": " + service + (legacyLevel == null ? "" : " (level " + legacyLevel + ")");
    }
}

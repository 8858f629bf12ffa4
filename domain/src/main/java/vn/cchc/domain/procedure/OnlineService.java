package vn.cchc.domain.procedure;

import vn.cchc.domain.shared.DomainException;

/**
 * How far a procedure can be done online under Nghị định 42/2022/NĐ-CP, which replaced the levels 1-4 of
 * Nghị định 43/2011/NĐ-CP.
 */
public enum OnlineService {
    /** dịch vụ công trực tuyến toàn trình: the whole process online (was level 4) */
    FULL,
    /** dịch vụ công trực tuyến một phần: apply and pay online, result in person (was level 3) */
    PARTIAL,
    /** not an online public service (was level 1 or 2: information and forms only) */
    NONE;

    public static final int LOWEST_LEGACY_LEVEL = 1;
    public static final int HIGHEST_LEGACY_LEVEL = 4;

    /** The mapping of the legacy levels: 4 → full, 3 → partial, 1 and 2 → not online. */
    public static OnlineService fromLegacyLevel(int level) {
        DomainException.require(level >= LOWEST_LEGACY_LEVEL && level <= HIGHEST_LEGACY_LEVEL, "INVALID_ONLINE_LEVEL",
                "a legacy online service level is between 1 and 4, got " + level, "procedure.legacyLevel", level);
        return switch (level) {
            case 4 -> FULL;
            case 3 -> PARTIAL;
            default -> NONE;
        };
    }
}

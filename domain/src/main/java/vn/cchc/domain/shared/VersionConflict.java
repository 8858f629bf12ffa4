package vn.cchc.domain.shared;

/**
 * A change was asked against a version of an entity that is no longer the current one: someone else changed it
 * since the client read it. Nothing is written; the client reads the current version and decides again.
 */
public class VersionConflict extends DomainException {

    private static final long serialVersionUID = 1L;

    public static final String CODE = "CONFLICT";

    private final long currentVersion;

    public VersionConflict(String entity, long givenVersion, long currentVersion) {
        super(CODE, entity + " was changed meanwhile: version " + givenVersion + " was given, the current one is "
                + currentVersion, "version.conflict", givenVersion, currentVersion);
        this.currentVersion = currentVersion;
    }

    /** Fails unless the version a client read is the entity's current one. */
    public static void check(String entity, long givenVersion, long currentVersion) {
        if (givenVersion != currentVersion) {
            throw new VersionConflict(entity, givenVersion, currentVersion);
        }
    }

    public long currentVersion() {
        return currentVersion;
    }
}

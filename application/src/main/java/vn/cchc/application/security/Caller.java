package vn.cchc.application.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who sends a request: a user name, the roles, and for a reporter the unit it reports for (its code and its path in
 * the unit tree, {@code /NA/NA-UBND/NA-SKHCN/}); an anonymous caller has no name and no role.
 *
 * @param unitPath the path of the caller's unit, or null when it has none or the unit is unknown (then a reporter can
 *                 write nowhere)
 */
public record Caller(String name, Set<Role> roles, String unitCode, String unitPath) {

    private static final Caller ANONYMOUS = new Caller(null, Set.of(), null, null);

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller anonymous() {
        return ANONYMOUS;
    }

    public static Caller of(String name, Set<Role> roles) {
        return new Caller(name, roles, null, null);
    }

    public static Caller reporter(String name, String unitCode, String unitPath) {
        return new Caller(name, Set.of(Role.REPORTER), unitCode, unitPath);
    }

    public boolean isAnonymous() {
        return name == null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True when the unit at {@code path} is the caller's own unit or lies below it. */
    public boolean owns(String path) {
        return unitPath != null && path != null && path.startsWith(unitPath);
    }

    @Override
    public String toString() {
        return isAnonymous() ? "anonymous" : name + roles + (unitCode == null ? "" : "@" + unitCode);
    }
}

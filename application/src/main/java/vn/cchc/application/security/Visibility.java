package vn.cchc.application.security;

import java.util.Set;

/**
 * What decides the rows a caller reads ({@link AccessPolicy#visibility}): two callers of the same visibility read the
 * same answers, so an answer computed for one may be given to the other.
 *
 * @param unitPath the caller's unit for a caller limited to its own units, else null
 */
public record Visibility(Set<Role> roles, String unitPath) {

    public Visibility {
        roles = Set.copyOf(roles);
    }
}

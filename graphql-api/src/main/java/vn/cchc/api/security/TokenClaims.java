package vn.cchc.api.security;

import java.security.Principal;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The claims of a MicroProfile JWT the API uses: its groups (the roles) and the reporter's unit. */
record TokenClaims(Set<String> groups, String unit) {

    static TokenClaims of(Principal principal, String unitClaim) {
        JsonWebToken token = (JsonWebToken) principal;
        Object unit = token.getClaim(unitClaim);
        String code = unit == null ? null : unit.toString().replaceAll("^\"|\"$", ""); // a JSON string claim keeps its quotes
        return new TokenClaims(token.getGroups() == null ? Set.of() : token.getGroups(), code);
    }
}

package vn.cchc.api.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cchc.api.error.Writes;
import vn.cchc.application.security.AccessPolicy;
import vn.cchc.application.security.Caller;
import vn.cchc.application.security.Operation;
import vn.cchc.application.security.Role;
import vn.cchc.domain.report.ReportVisibility;
import vn.cchc.domain.unit.Unit;
import vn.cchc.domain.unit.UnitRepository;

/**
 * The caller of the current request, read once from the server's authentication: a MicroProfile JWT gives its
 * {@code groups} claim as roles and the unit claim ({@code cchc.security.jwt.unit-claim}, default {@code unit}) as the
 * reporter's unit; a user of the server's registry (HTTP Basic in development) gets the roles its groups are bound to
 * in the WAR and its unit from {@code cchc.security.basic.units} ({@code reporter=NA-SKHCN,...}). No principal:
 * anonymous.
 */
@RequestScoped
public class CurrentCaller {

    private static final String JWT_TYPE = "org.eclipse.microprofile.jwt.JsonWebToken";

    @Inject
    HttpServletRequest request;

    @Inject
    UnitRepository units;

    @Inject
    @ConfigProperty(name = "cchc.security.jwt.unit-claim", defaultValue = "unit")
    String unitClaim;

    @Inject
    @ConfigProperty(name = "cchc.security.basic.units", defaultValue = "")
    String basicUnits;

    private Caller caller;

    /** The caller; anonymous when the request carries no credentials. */
    public Caller get() {
        if (caller == null) {
            caller = resolve();
        }
        return caller;
    }

    /** Fails with the API's FORBIDDEN or UNAUTHENTICATED error naming the operation unless the caller may do it. */
    public void require(Operation operation, String operationName) {
        Writes.translated(() -> {
            AccessPolicy.require(get(), operation, operationName);
            return null;
        });
    }

    /** Which reports and reported figures the caller reads. */
    public ReportVisibility reports() {
        return AccessPolicy.reportVisibility(get());
    }

    private Caller resolve() {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            return Caller.anonymous();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String unitCode;
        if (isToken(principal)) {
            TokenClaims claims = TokenClaims.of(principal, unitClaim);
            claims.groups().forEach(g -> Role.ofGroup(g).ifPresent(roles::add));
            unitCode = claims.unit();
        } else {
            Arrays.stream(Role.values()).filter(r -> request.isUserInRole(r.groupName())).forEach(roles::add);
            unitCode = unitsOfUsers().get(principal.getName());
        }
        String unitPath = Optional.ofNullable(unitCode).flatMap(units::findByCode).map(Unit::path).orElse(null);
        return new Caller(principal.getName(), roles, unitCode, unitPath);
    }

    /** Whether the principal is a JWT; by name, so that a server without mpJwt never loads the JWT classes. */
    private static boolean isToken(Principal principal) {
        for (Class<?> c = principal.getClass(); c != null; c = c.getSuperclass()) {
            if (Arrays.stream(c.getInterfaces()).anyMatch(i -> i.getName().equals(JWT_TYPE))) {
                return true;
            }
        }
        return false;
    }

    private Map<String, String> unitsOfUsers() {
        return Arrays.stream(basicUnits.split(","))
                .map(String::strip)
                .filter(pair -> pair.contains("="))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> p[0].strip(), p -> p[1].strip(), (a, b) -> b));
    }
}

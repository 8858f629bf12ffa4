package vn.cchc.application.security;

import vn.cchc.domain.shared.DomainException;

/**
 * A caller asked for what its roles do not allow: {@code UNAUTHENTICATED} when it did not say who it is,
 * {@code FORBIDDEN} when it did. The message names the operation.
 */
public class AccessDenied extends DomainException {

    private static final long serialVersionUID = 1L;

    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    public static final String FORBIDDEN = "FORBIDDEN";

    AccessDenied(Caller caller, String operation) {
        super(caller.isAnonymous() ? UNAUTHENTICATED : FORBIDDEN,
                caller.isAnonymous()
                        ? "'" + operation + "' needs an authenticated caller"
                        : caller.name() + " may not '" + operation + "'",
                caller.isAnonymous() ? "access.unauthenticated" : "access.forbidden",
                operation, caller.isAnonymous() ? "" : caller.name());
    }
}

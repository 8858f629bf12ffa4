package vn.cchc.api.http;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Logs the caller in when the request says who it is. {@code /graphql} is not protected as a whole (anonymous callers
 * read approved reports), so the server does not ask for credentials; when a request brings them they must be right:
 * HTTP Basic is checked against the server's user registry (development), a Bearer token by the server's MicroProfile
 * JWT configuration (production). What each caller may do is the service layer's decision.
 */
final class Authentication {

    static final String CHALLENGE = "Basic realm=\"CCHC Monitor\", Bearer";

    private Authentication() {
    }

    /**
     * Logs the caller of one of the application's own servlets in: false when the credentials were refused, the 401
     * already answered in the API's error model.
     */
    static boolean loggedIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            logIn(request, response);
            return true;
        } catch (Refusal refusal) {
            HttpAnswers.refuse(response, HttpAnswers.JSON, refusal);
            return false;
        }
    }

    /** Throws a 401 refusal when the request brings credentials the server does not accept. */
    static void logIn(HttpServletRequest request, HttpServletResponse response) throws Refusal, IOException {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || request.getUserPrincipal() != null) {
            return;
        }
        String scheme = authorization.contains(" ") ? authorization.substring(0, authorization.indexOf(' ')) : authorization;
        try {
            switch (scheme.toLowerCase(Locale.ROOT)) {
                case "basic" -> {
                    String pair = new String(Base64.getDecoder().decode(authorization.substring(scheme.length()).strip()),
                            StandardCharsets.UTF_8);
                    int colon = pair.indexOf(':');
                    if (colon < 0) {
                        throw refused("the Basic credentials are not user:password");
                    }
                    request.login(pair.substring(0, colon), pair.substring(colon + 1));
                }
                case "bearer" -> {
                    if (!request.authenticate(response) || request.getUserPrincipal() == null) {
                        throw refused("the token was not accepted");
                    }
                }
                default -> throw refused("the authorization scheme " + scheme + " is not supported; use Basic or Bearer");
            }
        } catch (ServletException | IllegalArgumentException e) {
            throw refused("the credentials were not accepted");
        }
    }

    private static Refusal refused(String why) {
        return new Refusal(HttpServletResponse.SC_UNAUTHORIZED, why);
    }
}

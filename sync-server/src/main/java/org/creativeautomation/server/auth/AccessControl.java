package org.creativeautomation.server.auth;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.creativeautomation.server.http.RateLimiter;

/**
 * Runs before every matched route: a route without roles is public; any other needs a valid bearer
 * credential (401 otherwise) whose role the route admits (403 otherwise), within the credential's
 * rate limit (429 otherwise). The principal is then attached to the request; handlers read their
 * team only from it, which is the team boundary.
 */
public final class AccessControl implements Handler {
    private static final String PRINCIPAL = "studio.principal";

    private final Authenticator authenticator;
    private final RateLimiter rateLimiter;

    public AccessControl(Authenticator authenticator, RateLimiter rateLimiter) {
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
    }

    @Override
    public void handle(Context ctx) {
        Set<RouteRole> admitted = ctx.routeRoles();
        if (admitted.isEmpty()) {
            return;
        }
        Principal principal = bearer(ctx).flatMap(authenticator::authenticate).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer realm=\"studio-sync\"");
            return new UnauthorizedResponse("a valid bearer token is required (Authorization: Bearer ...)");
        });
        if (!admitted.contains(principal.role())) {
            throw new ForbiddenResponse("a " + principal.role().wireName() + " may not " + ctx.method() + " "
                    + ctx.path());
        }
        long retryAfter = rateLimiter.acquire(principal.rateLimitKey());
        if (retryAfter > 0) {
            ctx.header("Retry-After", Long.toString(retryAfter));
            throw new HttpResponseException(429, "too many requests for this credential; retry in " + retryAfter
                    + " s", Map.of());
        }
        ctx.attribute(PRINCIPAL, principal);
    }

    private static Optional<String> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** The signed-in principal of a request that passed access control. */
    public static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            throw new IllegalStateException("route " + ctx.path() + " reads a principal but admits everyone");
        }
        return principal;
    }
}

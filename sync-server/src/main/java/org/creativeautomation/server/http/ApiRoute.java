package org.creativeautomation.server.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Set;
import org.creativeautomation.server.auth.Role;

/**
 * One route of the API and the roles it admits. An empty role set means the route is public
 * (health, metrics, the OpenAPI document); every other route needs a signed-in member of a team.
 */
public record ApiRoute(HandlerType method, String path, Set<Role> roles, Handler handler) {
    public ApiRoute {
        roles = Set.copyOf(roles);
    }

    public static ApiRoute open(HandlerType method, String path, Handler handler) {
        return new ApiRoute(method, path, Set.of(), handler);
    }

    public boolean isPublic() {
        return roles.isEmpty();
    }
}

package org.creativeautomation.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.NotFoundResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creativeautomation.server.http.ApiRoute;
import org.creativeautomation.server.http.InvalidInputException;
import org.creativeautomation.server.http.JsonBody;
import org.creativeautomation.server.http.JsonFields;

/** Token administration for a team's admins: list, create, revoke. Secrets are shown once, at creation. */
public final class TokenController {
    static final long MAX_LIFETIME_DAYS = 3650;

    private final ApiTokens tokens;
    private final JsonBody jsonBody;

    public TokenController(ApiTokens tokens, JsonBody jsonBody) {
        this.tokens = tokens;
        this.jsonBody = jsonBody;
    }

    public List<ApiRoute> routes() {
        return List.of(
                new ApiRoute(HandlerType.GET, "/v1/tokens", Role.ADMIN_ONLY, this::list),
                new ApiRoute(HandlerType.POST, "/v1/tokens", Role.ADMIN_ONLY, this::create),
                new ApiRoute(HandlerType.DELETE, "/v1/tokens/{tokenId}", Role.ADMIN_ONLY, this::revoke));
    }

    private void list(Context ctx) {
        ctx.json(Map.of("tokens", tokens.list(AccessControl.principal(ctx).team())));
    }

    private void create(Context ctx) {
        Principal admin = AccessControl.principal(ctx);
        JsonNode body = jsonBody.read(ctx);
        JsonFields fields = new JsonFields(body, "");
        String name = fields.id("name");
        Role role = Role.parse(fields.oneOf("role", "designer", "lead", "admin")).orElseThrow();
        Duration lifetime = null;
        if (fields.has("expiresInDays")) {
            long days = fields.nonNegativeLong("expiresInDays");
            if (days < 1 || days > MAX_LIFETIME_DAYS) {
                throw new InvalidInputException("expiresInDays", "expiresInDays must be between 1 and "
                        + MAX_LIFETIME_DAYS);
            }
            lifetime = Duration.ofDays(days);
        }
        NewToken token = tokens.create(admin.team(), name, role, lifetime, admin.actor(), ctx.ip());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", token.id());
        answer.put("token", token.secret());
        answer.put("name", name);
        answer.put("role", role.wireName());
        answer.put("team", admin.team());
        answer.put("expiresAt", token.expiresAt() == null ? null : token.expiresAt().toString());
        ctx.status(201).json(answer);
    }

    private void revoke(Context ctx) {
        Principal admin = AccessControl.principal(ctx);
        String tokenId = ctx.pathParam("tokenId");
        if (!tokens.revoke(admin.team(), tokenId, admin.actor(), admin.tokenId(), ctx.ip())) {
            throw new NotFoundResponse("no active token " + tokenId + " in this team");
        }
        ctx.status(204);
    }
}

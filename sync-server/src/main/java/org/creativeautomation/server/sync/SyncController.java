package org.creativeautomation.server.sync;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import org.creativeautomation.server.auth.AccessControl;
import org.creativeautomation.server.auth.Role;
import org.creativeautomation.server.http.ApiRoute;
import org.creativeautomation.server.http.InvalidInputException;
import org.creativeautomation.server.http.JsonBody;

/** HTTP for push and pull; any member of a team syncs that team's data. */
public final class SyncController {
    static final int DEFAULT_PULL_LIMIT = 500;

    private final SyncService sync;
    private final JsonBody jsonBody;
    private final PushRequestReader reader;
    private final int maxPullLimit;

    public SyncController(SyncService sync, JsonBody jsonBody, PushRequestReader reader, int maxPullLimit) {
        this.sync = sync;
        this.jsonBody = jsonBody;
        this.reader = reader;
        this.maxPullLimit = maxPullLimit;
    }

    public List<ApiRoute> routes() {
        return List.of(
                new ApiRoute(HandlerType.POST, "/v1/sync/push", Role.ANY, this::push),
                new ApiRoute(HandlerType.GET, "/v1/sync/pull", Role.ANY, this::pull));
    }

    private void push(Context ctx) {
        PushRequest request = reader.read(jsonBody.read(ctx));
        ctx.json(Map.of("results", sync.push(AccessControl.principal(ctx), request, ctx.ip())));
    }

    private void pull(Context ctx) {
        long since = queryLong(ctx, "since", 0, 0, Long.MAX_VALUE);
        int limit = (int) queryLong(ctx, "limit", Math.min(DEFAULT_PULL_LIMIT, maxPullLimit), 1, maxPullLimit);
        ctx.json(sync.pull(AccessControl.principal(ctx), since, limit));
    }

    private static long queryLong(Context ctx, String name, long fallback, long min, long max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be a whole number, not '" + text + "'");
        }
        if (value < min || value > max) {
            throw new InvalidInputException(name, name + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }
}

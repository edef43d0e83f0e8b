package org.creativeautomation.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.creativeautomation.server.store.DatabaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error answers with a JSON {@link ApiError}. A client's mistake gets its 4xx with the reason;
 * only the server's own failures are 5xx, logged here with their stack trace and answered without it.
 */
public final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    public static void install(RoutesConfig routes) {
        routes.exception(InvalidInputException.class, (e, ctx) -> ctx.status(400).json(new ApiError(e.getMessage(), e.field())));
        routes.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus()).json(ApiError.of(e.getMessage())));
        routes.exception(DatabaseException.class, (e, ctx) -> {
            LOG.error("Database failure on {} {}", ctx.method(), ctx.path(), e);
            ctx.status(503).json(ApiError.of("the metadata database is not available; try again"));
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Failed to answer {} {}", ctx.method(), ctx.path(), e);
            ctx.status(500).json(ApiError.of("internal server error"));
        });
        routes.error(404, ctx -> fillIfEmpty(ctx, "no such route: " + ctx.method() + " " + ctx.path()));
        routes.error(405, ctx -> fillIfEmpty(ctx, "method " + ctx.method() + " is not allowed on " + ctx.path()));
    }

    private static void fillIfEmpty(Context ctx, String message) {
        if (ctx.result() == null || ctx.result().isEmpty()) {
            ctx.json(ApiError.of(message));
        }
    }
}

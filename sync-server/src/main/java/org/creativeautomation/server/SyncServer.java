package org.creativeautomation.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.javalin.security.RouteRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.creativeautomation.server.audit.AuditLog;
import org.creativeautomation.server.auth.AccessControl;
import org.creativeautomation.server.auth.ApiTokens;
import org.creativeautomation.server.auth.Authenticator;
import org.creativeautomation.server.auth.BearerAuthentication;
import org.creativeautomation.server.auth.TokenController;
import org.creativeautomation.server.blobs.BlobController;
import org.creativeautomation.server.blobs.BlobService;
import org.creativeautomation.server.events.ChangeNotifier;
import org.creativeautomation.server.events.EventsController;
import org.creativeautomation.server.events.HeadWatcher;
import org.creativeautomation.server.http.ApiRoute;
import org.creativeautomation.server.http.ErrorResponses;
import org.creativeautomation.server.http.JsonBody;
import org.creativeautomation.server.http.RateLimiter;
import org.creativeautomation.server.kits.KitController;
import org.creativeautomation.server.metrics.ServerMetrics;
import org.creativeautomation.server.sync.ApprovalController;
import org.creativeautomation.server.sync.ChangeSequence;
import org.creativeautomation.server.sync.PushRequestReader;
import org.creativeautomation.server.sync.SyncController;
import org.creativeautomation.server.sync.SyncService;

/**
 * The sync server: builds the services over the given dependencies and an (unstarted) Javalin app
 * whose routes each declare the roles they admit. All shared state is in the database and the blob
 * store, so any number of these may run against the same two.
 */
public final class SyncServer implements AutoCloseable {
    private final Javalin app;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final HeadWatcher headWatcher;
    private final ServerDependencies deps;
    private final List<ApiRoute> routes;
    private final ServerMetrics metrics;

    private SyncServer(ServerDependencies deps) {
        this.deps = deps;
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.metrics = new ServerMetrics();
        this.audit = new AuditLog(deps.database());
        this.tokens = new ApiTokens(deps.database(), audit, deps.clock(), deps.random());
        List<Authenticator> authenticators = new ArrayList<>();
        authenticators.add(tokens);
        authenticators.addAll(deps.extraAuthenticators());
        AccessControl access = new AccessControl(new BearerAuthentication(authenticators),
                new RateLimiter(deps.clock(), deps.limits().requestsPerMinute()));

        ChangeSequence sequence = new ChangeSequence(deps.database());
        ChangeNotifier notifier = new ChangeNotifier(sequence::head);
        this.headWatcher = new HeadWatcher(sequence::heads, notifier);
        SyncService sync = new SyncService(deps.database(), sequence, audit, notifier, json, deps.clock(), metrics);
        BlobService blobs = new BlobService(deps.database(), deps.blobs(), audit, deps.clock(), deps.spoolFolder(),
                deps.limits().blobBytes(), metrics);
        blobs.sweepSpool();
        JsonBody jsonBody = new JsonBody(json, deps.limits().jsonBytes());
        metrics.gauge("studio_sse_clients", "Studios connected to this server's event stream.",
                notifier::connectedClients);

        List<ApiRoute> all = new ArrayList<>();
        all.add(ApiRoute.open(HandlerType.GET, "/health", this::health));
        all.add(ApiRoute.open(HandlerType.GET, "/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4")
                .result(metrics.scrape())));
        all.add(ApiRoute.open(HandlerType.GET, "/openapi.json", SyncServer::openApi));
        all.addAll(new SyncController(sync, jsonBody, new PushRequestReader(deps.limits().pushMutations()),
                deps.limits().pullLimit()).routes());
        all.addAll(new ApprovalController(sync, jsonBody).routes());
        all.addAll(new KitController(sync, blobs, jsonBody).routes());
        all.addAll(new BlobController(blobs, jsonBody, metrics).routes());
        all.addAll(new EventsController(notifier).routes());
        all.addAll(new TokenController(tokens, jsonBody).routes());
        this.routes = List.copyOf(all);

        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(json, false));
            // Bodies are read as streams with our own limits; this caps anything read whole.
            config.http.maxRequestSize = deps.limits().jsonBytes();
            config.requestLogger.http((ctx, millis) -> metrics.requestSeconds.observe(millis / 1000.0,
                    ctx.method().name(), routeOf(ctx), Integer.toString(ctx.statusCode())));
            ErrorResponses.install(config.routes);
            config.routes.beforeMatched(access);
            for (ApiRoute route : routes) {
                config.routes.addHttpHandler(route.method(), route.path(), route.handler(),
                        route.roles().toArray(new RouteRole[0]));
            }
        });
    }

    public static SyncServer create(ServerDependencies deps) {
        return new SyncServer(deps);
    }

    private static String routeOf(Context ctx) {
        try {
            return ctx.endpoints().matchedHttpEndpoint().path;
        } catch (RuntimeException noneMatched) {
            return "unmatched";
        }
    }

    private void health(Context ctx) {
        deps.database().read(c -> c.isValid(2));
        ctx.json(Map.of("status", "ok"));
    }

    private static void openApi(Context ctx) {
        try (InputStream in = SyncServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the server jar");
            }
            ctx.contentType("application/json").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SyncServer start(String host, int port) {
        app.start(host, port);
        headWatcher.start(deps.headPollInterval());
        return this;
    }

    public int port() {
        return app.port();
    }

    public Javalin app() {
        return app;
    }

    public ApiTokens tokens() {
        return tokens;
    }

    public AuditLog audit() {
        return audit;
    }

    public List<ApiRoute> routes() {
        return routes;
    }

    public ServerMetrics metrics() {
        return metrics;
    }

    /** Looks for changes committed by other servers now rather than at the next poll. */
    public void checkHeadsNow() {
        headWatcher.checkNow();
    }

    @Override
    public void close() {
        headWatcher.close();
        app.stop();
    }
}

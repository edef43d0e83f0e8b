package org.creativeautomation.server.events;

import io.javalin.http.HandlerType;
import io.javalin.http.NotAcceptableResponse;
import io.javalin.http.sse.SseHandler;
import java.util.List;
import org.creativeautomation.server.auth.AccessControl;
import org.creativeautomation.server.auth.Role;
import org.creativeautomation.server.http.ApiRoute;

/** GET /v1/events: a server-sent event stream that tells a studio when to pull. */
public final class EventsController {
    private final ChangeNotifier notifier;

    public EventsController(ChangeNotifier notifier) {
        this.notifier = notifier;
    }

    public List<ApiRoute> routes() {
        SseHandler stream = new SseHandler(client -> {
            client.keepAlive();
            notifier.connect(AccessControl.principal(client.ctx()).team(), client);
        });
        return List.of(new ApiRoute(HandlerType.GET, "/v1/events", Role.ANY, ctx -> {
            String accept = ctx.header("Accept");
            if (accept == null || !accept.contains("text/event-stream")) {
                throw new NotAcceptableResponse("the event stream needs Accept: text/event-stream");
            }
            stream.handle(ctx);
        }));
    }
}

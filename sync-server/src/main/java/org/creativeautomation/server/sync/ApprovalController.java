package org.creativeautomation.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import org.creativeautomation.server.auth.AccessControl;
import org.creativeautomation.server.auth.Role;
import org.creativeautomation.server.http.ApiRoute;
import org.creativeautomation.server.http.JsonBody;
import org.creativeautomation.server.http.JsonFields;

/** HTTP for approval events, which only leads and admins record. */
public final class ApprovalController {
    private final SyncService sync;
    private final JsonBody jsonBody;

    public ApprovalController(SyncService sync, JsonBody jsonBody) {
        this.sync = sync;
        this.jsonBody = jsonBody;
    }

    public List<ApiRoute> routes() {
        return List.of(new ApiRoute(HandlerType.POST, "/v1/approvals", Role.LEAD_OR_ADMIN, this::record));
    }

    private void record(Context ctx) {
        JsonNode body = jsonBody.read(ctx);
        JsonFields fields = new JsonFields(body, "");
        String eventId = fields.id("entityId");
        ObjectNode payload = fields.object("payload");
        new JsonFields(payload, "payload").oneOf("decision", PushRequestReader.DECISIONS);
        MutationResult result = sync.recordApproval(AccessControl.principal(ctx), eventId, payload, ctx.ip());
        ctx.status(MutationResult.APPLIED.equals(result.status()) ? 201 : 200);
        ctx.json(Map.of("entityId", eventId, "status", result.status(), "version", result.version()));
    }
}

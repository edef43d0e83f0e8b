package org.creativeautomation.server.kits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import org.creativeautomation.engine.store.Sha256;
import org.creativeautomation.server.auth.AccessControl;
import org.creativeautomation.server.auth.Principal;
import org.creativeautomation.server.auth.Role;
import org.creativeautomation.server.blobs.BlobService;
import org.creativeautomation.server.http.ApiRoute;
import org.creativeautomation.server.http.InvalidInputException;
import org.creativeautomation.server.http.JsonBody;
import org.creativeautomation.server.http.JsonFields;
import org.creativeautomation.server.sync.SyncService;

/**
 * Brand kits published centrally: an admin uploads the kit's archive as a blob, then publishes it
 * under a kit id; every studio of the team pulls it from the change feed as a {@code brand-kit}.
 */
public final class KitController {
    private final SyncService sync;
    private final BlobService blobs;
    private final JsonBody jsonBody;

    public KitController(SyncService sync, BlobService blobs, JsonBody jsonBody) {
        this.sync = sync;
        this.blobs = blobs;
        this.jsonBody = jsonBody;
    }

    public List<ApiRoute> routes() {
        return List.of(
                new ApiRoute(HandlerType.GET, "/v1/kits", Role.ANY, this::list),
                new ApiRoute(HandlerType.PUT, "/v1/kits/{kitId}", Role.ADMIN_ONLY, this::publish));
    }

    private void list(Context ctx) {
        ctx.json(Map.of("kits", sync.kits(AccessControl.principal(ctx))));
    }

    private void publish(Context ctx) {
        String kitId = ctx.pathParam("kitId");
        if (!JsonFields.ID.matcher(kitId).matches()) {
            throw new InvalidInputException("kitId", "kitId may hold only letters, digits and . _ : @ -");
        }
        Principal principal = AccessControl.principal(ctx);
        JsonNode body = jsonBody.read(ctx);
        JsonFields fields = new JsonFields(body, "");
        String name = fields.text("name", 200);
        String kitVersion = fields.text("version", 100);
        String archive = fields.text("archive", 64);
        if (!Sha256.isHex(archive)) {
            throw new InvalidInputException("archive", "archive must be the lowercase SHA-256 of an uploaded blob");
        }
        if (!blobs.teamHolds(principal.team(), archive)) {
            throw new InvalidInputException("archive", "archive " + archive + " has not been uploaded; "
                    + "PUT /v1/blobs/" + archive + " first");
        }
        ObjectNode payload = ((ObjectNode) body).objectNode();
        payload.put("name", name);
        payload.put("version", kitVersion);
        payload.put("archive", archive);
        long version = sync.publishKit(principal, kitId, payload, ctx.ip());
        ctx.status(version == 1 ? 201 : 200);
        ctx.json(Map.of("kitId", kitId, "version", version));
    }
}

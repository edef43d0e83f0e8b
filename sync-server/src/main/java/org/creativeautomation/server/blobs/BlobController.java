package org.creativeautomation.server.blobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.creativeautomation.engine.store.Sha256;
import org.creativeautomation.server.auth.AccessControl;
import org.creativeautomation.server.auth.Principal;
import org.creativeautomation.server.auth.Role;
import org.creativeautomation.server.http.ApiRoute;
import org.creativeautomation.server.http.InvalidInputException;
import org.creativeautomation.server.http.JsonBody;
import org.creativeautomation.server.metrics.ServerMetrics;

/** HTTP for blobs: which are missing, upload by hash, download by hash. */
public final class BlobController {
    static final int MAX_HASHES = 1000;

    private final BlobService blobs;
    private final JsonBody jsonBody;
    private final ServerMetrics metrics;

    public BlobController(BlobService blobs, JsonBody jsonBody, ServerMetrics metrics) {
        this.blobs = blobs;
        this.jsonBody = jsonBody;
        this.metrics = metrics;
    }

    public List<ApiRoute> routes() {
        return List.of(
                new ApiRoute(HandlerType.POST, "/v1/blobs/missing", Role.ANY, this::missing),
                new ApiRoute(HandlerType.PUT, "/v1/blobs/{sha256}", Role.ANY, this::put),
                new ApiRoute(HandlerType.GET, "/v1/blobs/{sha256}", Role.ANY, this::get));
    }

    private void missing(Context ctx) {
        JsonNode body = jsonBody.read(ctx);
        JsonNode hashes = body.get("hashes");
        if (hashes == null || hashes.isNull()) {
            throw new InvalidInputException("hashes", "hashes is required: an array of SHA-256 hex digests");
        }
        if (!hashes.isArray()) {
            throw new InvalidInputException("hashes", "hashes must be an array of SHA-256 hex digests");
        }
        if (hashes.size() > MAX_HASHES) {
            throw new InvalidInputException("hashes", "at most " + MAX_HASHES + " hashes per request, not " + hashes.size());
        }
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < hashes.size(); i++) {
            JsonNode hash = hashes.get(i);
            if (!hash.isTextual() || !Sha256.isHex(hash.asText())) {
                throw new InvalidInputException("hashes[" + i + "]", "hashes[" + i + "] is no lowercase SHA-256 hex digest");
            }
            asked.add(hash.asText());
        }
        ctx.json(Map.of("missing", blobs.missing(AccessControl.principal(ctx), asked)));
    }

    private void put(Context ctx) throws IOException {
        String sha256 = hashIn(ctx);
        Principal principal = AccessControl.principal(ctx);
        BlobService.Outcome outcome;
        try (InputStream body = ctx.bodyInputStream()) {
            outcome = blobs.put(principal, sha256, body, ctx.req().getContentLengthLong(), ctx.ip());
        }
        ctx.status(outcome == BlobService.Outcome.CREATED ? 201 : 200);
        ctx.json(Map.of("sha256", sha256, "created", outcome == BlobService.Outcome.CREATED));
    }

    private void get(Context ctx) throws IOException {
        String sha256 = hashIn(ctx);
        BlobStorage.StoredBlob blob = blobs.open(AccessControl.principal(ctx), sha256)
                .orElseThrow(() -> new NotFoundResponse("no blob " + sha256 + " in this team"));
        metrics.blobBytes.add(blob.size(), "out");
        ctx.contentType("application/octet-stream");
        ctx.header("Content-Length", Long.toString(blob.size()));
        ctx.header("ETag", "\"" + sha256 + "\"");
        ctx.header("Cache-Control", "private, max-age=31536000, immutable");
        ctx.result(blob.content());
    }

    /** The path's hash, accepted only as 64 lowercase hex digits: nothing else ever names a blob. */
    private static String hashIn(Context ctx) {
        String sha256 = ctx.pathParam("sha256");
        if (!Sha256.isHex(sha256)) {
            throw new InvalidInputException("sha256", "the path must end in a lowercase SHA-256 hex digest");
        }
        return sha256;
    }
}

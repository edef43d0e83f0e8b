package org.creativeautomation.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creativeautomation.server.http.InvalidInputException;
import org.creativeautomation.server.http.JsonFields;

/** Checks a push body field by field and turns it into a {@link PushRequest}. */
public final class PushRequestReader {
    static final String[] DECISIONS = {"approved", "rejected", "changes-requested"};

    private final int maxMutations;

    public PushRequestReader(int maxMutations) {
        this.maxMutations = maxMutations;
    }

    public PushRequest read(JsonNode body) {
        JsonFields root = new JsonFields(body, "");
        String clientId = root.id("clientId");
        JsonNode items = root.array("mutations");
        if (items.isEmpty()) {
            throw new InvalidInputException("mutations", "mutations must hold at least one mutation");
        }
        if (items.size() > maxMutations) {
            throw new InvalidInputException("mutations", "at most " + maxMutations + " mutations per push, not "
                    + items.size() + "; split the batch");
        }
        List<Mutation> mutations = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Mutation mutation = mutation(items.get(i), "mutations[" + i + "]");
            Integer earlier = seen.putIfAbsent(mutation.id(), i);
            if (earlier != null) {
                throw new InvalidInputException("mutations[" + i + "].id", "mutations[" + i + "].id repeats the id of "
                        + "mutations[" + earlier + "]; ids are unique per client");
            }
            mutations.add(mutation);
        }
        return new PushRequest(clientId, mutations);
    }

    private static Mutation mutation(JsonNode item, String path) {
        if (item == null || !item.isObject()) {
            throw new InvalidInputException(path, path + " must be a JSON object");
        }
        JsonFields fields = new JsonFields(item, path);
        long id = fields.nonNegativeLong("id");
        String entityName = fields.text("entity", 100);
        SyncEntity entity = SyncEntity.parse(entityName).orElseThrow(() -> new InvalidInputException(
                fields.field("entity"), fields.field("entity") + " must be one of " + SyncEntity.pushableNames()
                + ", not '" + entityName + "'"));
        String entityId = fields.id("entityId");
        Mutation.Op op = "delete".equals(fields.oneOf("op", "put", "delete")) ? Mutation.Op.DELETE : Mutation.Op.PUT;
        long baseVersion = entity.appendOnly() && !fields.has("baseVersion") ? 0 : fields.nonNegativeLong("baseVersion");
        ObjectNode payload = null;
        if (op == Mutation.Op.PUT) {
            payload = fields.object("payload");
            if (entity == SyncEntity.APPROVAL) {
                new JsonFields(payload, fields.field("payload")).oneOf("decision", DECISIONS);
            }
        } else if (fields.has("payload")) {
            throw new InvalidInputException(fields.field("payload"), fields.field("payload")
                    + " must be left out of a delete");
        }
        return new Mutation(id, entity, entityId, baseVersion, op, payload);
    }
}

package org.creativeautomation.server.sync;

import java.util.List;

/** A batch of mutations from one client (one studio installation). */
public record PushRequest(String clientId, List<Mutation> mutations) {
    public PushRequest {
        mutations = List.copyOf(mutations);
    }
}

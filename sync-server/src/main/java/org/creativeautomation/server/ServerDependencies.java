package org.creativeautomation.server;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.creativeautomation.server.auth.Authenticator;
import org.creativeautomation.server.blobs.BlobStorage;
import org.creativeautomation.server.http.Limits;
import org.creativeautomation.server.store.Database;

/**
 * What a server is built from. The caller owns (and closes) the database and the blob storage, so
 * tests can open them on temp folders and look at them directly.
 *
 * @param extraAuthenticators ways to sign in besides API tokens (OIDC), tried after them
 * @param headPollInterval    how often to look for changes committed by other servers
 */
public record ServerDependencies(Database database, BlobStorage blobs, Path spoolFolder, Limits limits, Clock clock,
                                 SecureRandom random, List<Authenticator> extraAuthenticators,
                                 Duration headPollInterval) {
    public ServerDependencies {
        extraAuthenticators = List.copyOf(extraAuthenticators);
    }
}

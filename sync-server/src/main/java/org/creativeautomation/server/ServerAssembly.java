package org.creativeautomation.server;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.creativeautomation.server.auth.Authenticator;
import org.creativeautomation.server.auth.OidcTokenVerifier;
import org.creativeautomation.server.blobs.BlobStorage;
import org.creativeautomation.server.blobs.FileBlobStorage;
import org.creativeautomation.server.blobs.S3BlobStorage;
import org.creativeautomation.server.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A server wired from its settings: opens the database and the blob store, and closes them again. */
public final class ServerAssembly implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServerAssembly.class);

    private final Database database;
    private final BlobStorage blobs;
    private final SyncServer server;

    private ServerAssembly(Database database, BlobStorage blobs, SyncServer server) {
        this.database = database;
        this.blobs = blobs;
        this.server = server;
    }

    /** Opens the stores and builds the server without starting it. */
    public static ServerAssembly open(ServerSettings settings, Clock clock) {
        Database database = Database.open(settings.database());
        try {
            BlobStorage blobs = settings.blobs().usesS3()
                    ? new S3BlobStorage(settings.blobs().s3())
                    : new FileBlobStorage(settings.blobs().folder());
            List<Authenticator> extra = new ArrayList<>();
            if (settings.oidc() != null) {
                extra.add(new OidcTokenVerifier(settings.oidc(), clock));
            }
            SyncServer server = SyncServer.create(new ServerDependencies(database, blobs,
                    settings.dataDir().resolve("spool"), settings.limits(), clock, new SecureRandom(), extra,
                    settings.headPollInterval()));
            return new ServerAssembly(database, blobs, server);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public ServerAssembly start(ServerSettings settings) {
        server.start(settings.host(), settings.port());
        LOG.info("Sync server listening on {}:{} (metadata: {}, blobs: {}, OIDC: {})", settings.host(), server.port(),
                settings.database().dialect(), settings.blobs().usesS3() ? settings.blobs().s3() : settings.blobs().folder(),
                settings.oidc() == null ? "off" : settings.oidc().issuer());
        return this;
    }

    public SyncServer server() {
        return server;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            if (blobs instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.warn("Could not close the blob store: {}", e.getMessage());
                }
            }
            database.close();
        }
    }
}

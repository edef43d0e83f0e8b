package org.creativeautomation.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.creativeautomation.server.auth.OidcSettings;
import org.creativeautomation.server.blobs.S3Settings;
import org.creativeautomation.server.http.Limits;
import org.creativeautomation.server.store.DatabaseSettings;

/**
 * Everything a server needs to start. By default all of it lives under the data folder: SQLite
 * metadata in {@code server.db} and blobs in {@code blobs/}. Settings come from {@code server.properties}
 * in the data folder (or the file given with --config), and each key can be overridden by an
 * environment variable named after it ({@code db.password} → {@code STUDIO_SERVER_DB_PASSWORD}), which
 * is where secrets belong.
 *
 * @param oidc null when OIDC sign-in is not configured
 */
public record ServerSettings(String host, int port, Path dataDir, DatabaseSettings database,
                             BlobStoreSettings blobs, Limits limits, OidcSettings oidc, Duration headPollInterval) {

    public static final String FILE_NAME = "server.properties";

    /** Reads the settings file (when present) and the environment over it. */
    public static ServerSettings load(Path dataDir, Path configFile, Map<String, String> env, String host, int port) {
        Path data = dataDir.toAbsolutePath().normalize();
        Properties file = new Properties();
        Path config = configFile != null ? configFile : data.resolve(FILE_NAME);
        if (configFile != null || Files.isRegularFile(config)) {
            try (Reader reader = Files.newBufferedReader(config)) {
                file.load(reader);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the settings file " + config + ": " + e.getMessage(), e);
            }
        }
        return from(data, key -> {
            String fromEnv = env.get(envName(key));
            return fromEnv != null && !fromEnv.isBlank() ? fromEnv : file.getProperty(key);
        }, host, port);
    }

    static String envName(String key) {
        return "STUDIO_SERVER_" + key.replaceAll("([a-z])([A-Z])", "$1_$2").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    interface Source {
        String get(String key);

        default String get(String key, String fallback) {
            String value = get(key);
            return value == null || value.isBlank() ? fallback : value.trim();
        }

        default long getLong(String key, long fallback) {
            String value = get(key);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " must be a whole number, not '" + value + "'");
            }
        }

        default boolean getBoolean(String key, boolean fallback) {
            String value = get(key);
            return value == null || value.isBlank() ? fallback : Boolean.parseBoolean(value.trim());
        }
    }

    static ServerSettings from(Path data, Source source, String host, int port) {
        String dbUrl = source.get("db.url", "jdbc:sqlite:" + data.resolve("server.db"));
        boolean sqlite = dbUrl.startsWith("jdbc:sqlite:");
        DatabaseSettings database = new DatabaseSettings(dbUrl, source.get("db.user"), source.get("db.password"),
                (int) source.getLong("db.poolSize", sqlite ? 4 : 10));

        S3Settings s3 = null;
        String bucket = source.get("s3.bucket");
        if (bucket != null && !bucket.isBlank()) {
            String endpoint = source.get("s3.endpoint");
            s3 = new S3Settings(endpoint, bucket, source.get("s3.region"), source.get("s3.accessKey"),
                    source.get("s3.secretKey"), source.getBoolean("s3.pathStyle", endpoint != null && !endpoint.isBlank()),
                    source.get("s3.prefix", "blobs/"));
        }
        BlobStoreSettings blobs = new BlobStoreSettings(Path.of(source.get("blobs.dir", data.resolve("blobs").toString())), s3);

        Limits defaults = Limits.DEFAULTS;
        Limits limits = new Limits(source.getLong("limits.jsonBytes", defaults.jsonBytes()),
                source.getLong("limits.blobBytes", defaults.blobBytes()),
                (int) source.getLong("limits.requestsPerMinute", defaults.requestsPerMinute()),
                (int) source.getLong("limits.pushMutations", defaults.pushMutations()),
                (int) source.getLong("limits.pullLimit", defaults.pullLimit()));

        OidcSettings oidc = null;
        String issuer = source.get("oidc.issuer");
        if (issuer != null && !issuer.isBlank()) {
            oidc = new OidcSettings(issuer, source.get("oidc.audience"), source.get("oidc.jwksUrl"),
                    source.get("oidc.teamClaim"), source.get("oidc.roleClaim"));
        }
        String bindHost = host != null ? host : source.get("server.host", "0.0.0.0");
        int bindPort = port >= 0 ? port : (int) source.getLong("server.port", 8787);
        return new ServerSettings(bindHost, bindPort, data, database, blobs, limits, oidc,
                Duration.ofMillis(source.getLong("events.pollMillis", 1000)));
    }
}

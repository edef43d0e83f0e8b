package org.creativeautomation.server.store;

/** Where the metadata lives: a JDBC URL (SQLite file or PostgreSQL server) and its credentials. */
public record DatabaseSettings(String url, String user, String password, int poolSize) {
    public DatabaseSettings {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("db.url is required");
        }
        Dialect.of(url); // refuses any other database now rather than at first use
        if (poolSize < 1) {
            throw new IllegalArgumentException("db.poolSize must be at least 1, not " + poolSize);
        }
    }

    public Dialect dialect() {
        return Dialect.of(url);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + ", poolSize=" + poolSize + "]"; // no password
    }
}

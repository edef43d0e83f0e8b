package org.creativeautomation.server.store;

/** The two databases the server runs on; each has its own migration folder. */
public enum Dialect {
    SQLITE("classpath:db/server/sqlite"),
    POSTGRESQL("classpath:db/server/postgresql");

    private final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    public String migrations() {
        return migrations;
    }

    /** The dialect a JDBC URL names, or an IllegalArgumentException for any other database. */
    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("db.url must be a jdbc:sqlite: or jdbc:postgresql: URL, not " + jdbcUrl);
    }
}

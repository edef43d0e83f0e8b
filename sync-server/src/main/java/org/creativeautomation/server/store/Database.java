package org.creativeautomation.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The server's metadata database behind a connection pool, migrated by Flyway on open. Every request
 * borrows a connection for one unit of work; nothing about the data is cached in memory, so several
 * servers can share one PostgreSQL database.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;

    private final HikariDataSource pool;
    private final Dialect dialect;

    private Database(HikariDataSource pool, Dialect dialect) {
        this.pool = pool;
        this.dialect = dialect;
    }

    public static Database open(DatabaseSettings settings) {
        Dialect dialect = settings.dialect();
        HikariConfig config = new HikariConfig();
        config.setPoolName("sync-server-db");
        config.setMaximumPoolSize(settings.poolSize());
        config.setAutoCommit(true);
        if (dialect == Dialect.SQLITE) {
            config.setDataSource(sqliteDataSource(settings.url()));
        } else {
            config.setJdbcUrl(settings.url());
            config.setUsername(settings.user());
            config.setPassword(settings.password());
        }
        HikariDataSource pool = new HikariDataSource(config);
        try {
            var result = Flyway.configure(Database.class.getClassLoader())
                    .dataSource(pool)
                    .locations(dialect.migrations())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Migrated the {} database to schema version {} ({} migrations)", dialect,
                        result.targetSchemaVersion, result.migrationsExecuted);
            }
            return new Database(pool, dialect);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static SQLiteDataSource sqliteDataSource(String url) {
        Path file = Path.of(url.substring("jdbc:sqlite:".length())).toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        // A writer takes the lock at BEGIN, so two transactions never deadlock upgrading from read to write.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseException("database transaction failed: " + e.getMessage(), e);
        }
    }

    /** Runs reads with a connection in auto-commit mode. */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DatabaseException("database read failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}

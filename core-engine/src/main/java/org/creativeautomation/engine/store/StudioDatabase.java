package org.creativeautomation.engine.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;

/**
 * The studio's SQLite database (WAL, foreign keys on), migrated by Flyway from
 * {@code db/migration/V<n>__name.sql} on open. One connection serves the whole process; a lock lets
 * one thread use it at a time, which suits SQLite's single writer and keeps transactions whole.
 */
public final class StudioDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StudioDatabase.class);
    private static final String MIGRATIONS = "classpath:db/migration";
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean closed;

    private StudioDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens (creating when missing) and migrates the database. A database written by a newer studio,
     * or a file that is no SQLite database, is refused with an {@link IncompatibleDatabaseException}.
     */
    public static StudioDatabase open(Path dbFile) {
        Path file = dbFile.toAbsolutePath().normalize();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        SQLiteDataSource dataSource = dataSourceFor(file);
        Connection connection = connect(file, dataSource);
        try {
            refuseForeignDatabase(file, connection);
            migrate(file, dataSource);
            return new StudioDatabase(file, connection);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** Runs work in one transaction (BEGIN IMMEDIATE), committed when it returns, rolled back when it throws. Nests. */
    public <T> T inTransaction(SqlWork<T> work) {
        lock.lock();
        try {
            ensureOpen();
            if (!connection.getAutoCommit()) {
                return work.run(connection); // already inside a transaction of this thread
            }
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs work with the connection, without opening a transaction (reads, pragmas). */
    public <T> T withConnection(SqlWork<T> work) {
        lock.lock();
        try {
            ensureOpen();
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    /** The highest migration version applied to this database. */
    public int schemaVersion() {
        return withConnection(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery(
                         "SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                connection.close();
            }
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    private static SQLiteDataSource dataSourceFor(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL is safe from corruption under WAL; a power cut may lose only the last commits.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        // Take the write lock at BEGIN: a deferred transaction that upgrades to writing while another
        // process writes fails at once with SQLITE_BUSY, which busy_timeout cannot wait out.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
    }

    private static Connection connect(Path file, SQLiteDataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            if (e.getErrorCode() == SQLiteErrorCode.SQLITE_NOTADB.code) {
                throw new IncompatibleDatabaseException(file + ": not a studio database (SQLite cannot read it)", e);
            }
            throw new StoreException("cannot open the studio database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A SQLite file with tables but no migration history belongs to some other program. Migrating it
     * would mix our tables into its data, so it is refused (Flyway would refuse it too, less clearly).
     */
    private static void refuseForeignDatabase(Path file, Connection connection) {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT "
                     + "(SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'), "
                     + "(SELECT COUNT(*) FROM sqlite_master WHERE type = 'table')")) {
            rs.next();
            if (rs.getInt(1) == 0 && rs.getInt(2) > 0) {
                throw new IncompatibleDatabaseException(file + ": not a studio database (it holds tables of "
                        + "another program); use another studio home or move the file away");
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == SQLiteErrorCode.SQLITE_NOTADB.code) {
                throw new IncompatibleDatabaseException(file + ": not a studio database (SQLite cannot read it)", e);
            }
            throw new StoreException("cannot read the studio database " + file + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(Path file, SQLiteDataSource dataSource) {
        Flyway flyway = Flyway.configure(StudioDatabase.class.getClassLoader())
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .failOnMissingLocations(true)
                .load();
        try {
            MigrationInfo[] migrations = flyway.info().all();
            int known = Arrays.stream(migrations)
                    .filter(m -> m.getState().isResolved() && m.getVersion() != null)
                    .mapToInt(m -> Integer.parseInt(m.getVersion().getVersion()))
                    .max()
                    .orElse(0);
            MigrationInfo newest = Arrays.stream(migrations)
                    .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                    .reduce((a, b) -> b)
                    .orElse(null);
            if (newest != null) {
                throw new IncompatibleDatabaseException(file + ": this database is at schema version "
                        + newest.getVersion() + ", written by a newer Creative Automation Studio; this one knows "
                        + "versions up to " + known + ". Update the studio, or use another studio home.");
            }
            if (Arrays.stream(migrations).anyMatch(m -> m.getState() == MigrationState.PENDING)) {
                var result = flyway.migrate();
                LOG.info("Migrated {} to schema version {} ({} migrations)", file, result.targetSchemaVersion,
                        result.migrationsExecuted);
            }
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the studio database " + file + ": " + e.getMessage(), e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the studio database " + file + " is closed");
        }
    }

    private void rollbackQuietly(Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private StoreException failure(SQLException e) {
        return new StoreException("studio database " + file + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection connection, Throwable cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}

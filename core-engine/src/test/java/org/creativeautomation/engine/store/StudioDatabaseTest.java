package org.creativeautomation.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.creativeautomation.engine.document.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudioDatabaseTest {
    @TempDir
    Path dir;

    /** The versions of the migrations the engine ships, so these tests hold as migrations are added. */
    private static List<Integer> migrations() {
        try (var files = java.nio.file.Files.list(Path.of(StudioDatabase.class.getResource("/db/migration").toURI()))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.+\\.sql"))
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .sorted().toList();
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int latestMigration() {
        return migrations().get(migrations().size() - 1);
    }

    @Test
    void createsTheSchemaAndRecordsItsVersion() {
        try (StudioDatabase db = StudioDatabase.open(dir.resolve("home/studio.db"))) {
            assertThat(tables(db)).contains("assets", "asset_names", "generations", "runs", "generation_costs",
                    "campaigns");
            assertThat(db.schemaVersion()).isEqualTo(latestMigration());
        }
        assertThat(dir.resolve("home/studio.db")).isRegularFile();
    }

    @Test
    void reopeningKeepsDataAndDoesNotReapplyMigrations() {
        Path file = dir.resolve("studio.db");
        try (StudioDatabase db = StudioDatabase.open(file)) {
            new RunLog(db).started("spring", Path.of("brief.yaml"), Path.of("out"));
        }

        try (StudioDatabase db = StudioDatabase.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(latestMigration());
            assertThat(count(db, "SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL"))
                    .isEqualTo(migrations().size());
            assertThat(new RunLog(db).recent(10)).hasSize(1);
        }
    }

    @Test
    void migratesAnExistingDatabaseAtVersionZero() throws SQLException {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 3"); // a real, empty SQLite database file
        }
        assertThat(file).isNotEmptyFile();

        try (StudioDatabase db = StudioDatabase.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(latestMigration());
            assertThat(tables(db)).contains("assets", "runs");
        }
    }

    @Test
    void migratesADatabaseOfTheSecondSchemaToTheCampaignLibraryKeepingItsRuns() throws SQLException {
        Path file = dir.resolve("v2.db");
        org.sqlite.SQLiteDataSource dataSource = new org.sqlite.SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file);
        org.flywaydb.core.Flyway.configure(StudioDatabase.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").target("2").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO runs (campaign, brief_path, out_dir, started_at, status) "
                    + "VALUES ('spring', '/b.yaml', '/out', '2026-11-01T10:00:00Z', 'succeeded')");
        }

        try (StudioDatabase db = StudioDatabase.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(latestMigration());
            assertThat(tables(db)).contains("campaigns");
            assertThat(new RunLog(db).recent(10)).extracting(RunRecord::campaign).containsExactly("spring");
        }
    }

    @Test
    void migratesADatabaseOfTheFirstSchemaToTheCostLedgerKeepingItsRuns() throws SQLException {
        Path file = dir.resolve("v1.db");
        org.sqlite.SQLiteDataSource dataSource = new org.sqlite.SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file);
        org.flywaydb.core.Flyway.configure(StudioDatabase.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO runs (campaign, brief_path, out_dir, started_at, status) "
                    + "VALUES ('spring', '/b.yaml', '/out', '2026-11-01T10:00:00Z', 'succeeded')");
        }

        try (StudioDatabase db = StudioDatabase.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(latestMigration());
            assertThat(tables(db)).contains("generation_costs");
            assertThat(new RunLog(db).recent(10)).extracting(RunRecord::campaign).containsExactly("spring");
        }
    }

    @Test
    void refusesASqliteDatabaseOfAnotherProgram() throws SQLException {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (text TEXT)");
        }

        assertThatThrownBy(() -> StudioDatabase.open(file))
                .isInstanceOf(IncompatibleDatabaseException.class)
                .hasMessageStartingWith(file + ": not a studio database");
    }

    @Test
    void runsInWriteAheadLogModeWithForeignKeysOn() {
        try (StudioDatabase db = StudioDatabase.open(dir.resolve("studio.db"))) {
            String journal = db.withConnection(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(journal).isEqualToIgnoringCase("wal");
            assertThat(count(db, "PRAGMA foreign_keys")).isEqualTo(1);
            assertThat(count(db, "PRAGMA busy_timeout")).isPositive();
        }
    }

    @Test
    void refusesADatabaseWrittenByANewerStudio() throws SQLException {
        Path file = dir.resolve("studio.db");
        StudioDatabase.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, execution_time, success) VALUES (9, '9', 'from the future', 'SQL', "
                    + "'V9__from_the_future.sql', 0, 'studio', 1, 1)");
        }

        assertThatThrownBy(() -> StudioDatabase.open(file))
                .isInstanceOf(IncompatibleDatabaseException.class)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("schema version 9")
                .hasMessageContaining("newer");
    }

    @Test
    void refusesAFileThatIsNoDatabase() throws Exception {
        Path file = Files.writeString(dir.resolve("studio.db"), "this is a text file, long enough to look like a header",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> StudioDatabase.open(file))
                .isInstanceOf(IncompatibleDatabaseException.class)
                .hasMessageStartingWith(file + ": not a studio database");
    }

    @Test
    void rollsBackATransactionWhoseWorkFails() {
        try (StudioDatabase db = StudioDatabase.open(dir.resolve("studio.db"))) {
            assertThatThrownBy(() -> db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO runs (campaign, brief_path, out_dir, started_at, status) "
                            + "VALUES ('x', 'b', 'o', '2026-01-01T00:00:00Z', 'running')");
                }
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(count(db, "SELECT COUNT(*) FROM runs")).isZero();
        }
    }

    @Test
    void enforcesForeignKeys() {
        try (StudioDatabase db = StudioDatabase.open(dir.resolve("studio.db"))) {
            assertThatThrownBy(() -> db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO asset_names (sha256, name, path, seen_at) "
                            + "VALUES ('" + "a".repeat(64) + "', 'n', 'p', 't')");
                }
            })).isInstanceOf(StoreException.class).hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void refusesWorkAfterClose() {
        StudioDatabase db = StudioDatabase.open(dir.resolve("studio.db"));
        db.close();

        assertThatThrownBy(db::schemaVersion).isInstanceOf(IllegalStateException.class);
    }

    private static List<String> tables(StudioDatabase db) {
        return db.withConnection(c -> {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    private static int count(StudioDatabase db, String sql) {
        return db.withConnection(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}

package org.creativeautomation.engine.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The history of campaign runs: a row when a run starts, completed when it ends. */
public final class RunLog {
    /** The status of a run that has started and not finished (or whose process died). */
    public static final String RUNNING = "running";

    private static final String COLUMNS = "id, campaign, brief_path, out_dir, started_at, finished_at, status, "
            + "creatives, rendered, up_to_date, generated, cached, elapsed_ms";

    private final StudioDatabase database;

    public RunLog(StudioDatabase database) {
        this.database = database;
    }

    /** Records a run's start; returns its id. */
    public long started(String campaign, Path brief, Path outDir) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO runs (campaign, brief_path, out_dir, started_at, status) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, campaign);
                s.setString(2, brief.toAbsolutePath().normalize().toString());
                s.setString(3, outDir.toAbsolutePath().normalize().toString());
                s.setString(4, Instant.now().toString());
                s.setString(5, RUNNING);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    public void finished(long id, String status, RunCounts counts, long elapsedMs) {
        int updated = database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE runs SET finished_at = ?, status = ?, creatives = ?, "
                    + "rendered = ?, up_to_date = ?, generated = ?, cached = ?, elapsed_ms = ? WHERE id = ?")) {
                s.setString(1, Instant.now().toString());
                s.setString(2, status);
                s.setInt(3, counts.creatives());
                s.setInt(4, counts.rendered());
                s.setInt(5, counts.upToDate());
                s.setInt(6, counts.generated());
                s.setInt(7, counts.cached());
                s.setLong(8, elapsedMs);
                s.setLong(9, id);
                return s.executeUpdate();
            }
        });
        if (updated == 0) {
            throw new IllegalArgumentException("no run with id " + id);
        }
    }

    /**
     * Marks runs into {@code outDir} that never finished (their process was killed) as interrupted.
     * Called by a run that holds the folder's lock, so none of them can still be running.
     *
     * @return how many runs were marked
     */
    public int markInterrupted(Path outDir) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE runs SET status = 'interrupted' WHERE status = ? AND out_dir = ?")) {
                s.setString(1, RUNNING);
                s.setString(2, outDir.toAbsolutePath().normalize().toString());
                return s.executeUpdate();
            }
        });
    }

    /** The latest runs, newest first. */
    public List<RunRecord> recent(int limit) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM runs ORDER BY id DESC LIMIT ?")) {
                s.setInt(1, Math.max(0, limit));
                try (ResultSet rs = s.executeQuery()) {
                    List<RunRecord> runs = new ArrayList<>();
                    while (rs.next()) {
                        runs.add(toRecord(rs));
                    }
                    return runs;
                }
            }
        });
    }

    /** The newest run of a brief file, whichever front end started it. */
    public Optional<RunRecord> latestOf(Path brief) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM runs WHERE brief_path = ? ORDER BY id DESC LIMIT 1")) {
                s.setString(1, brief.toAbsolutePath().normalize().toString());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(toRecord(rs)) : Optional.<RunRecord>empty();
                }
            }
        });
    }

    public Optional<RunRecord> find(long id) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM runs WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(toRecord(rs)) : Optional.<RunRecord>empty();
                }
            }
        });
    }

    private static RunRecord toRecord(ResultSet rs) throws SQLException {
        String finishedAt = rs.getString("finished_at");
        return new RunRecord(
                rs.getLong("id"),
                rs.getString("campaign"),
                Path.of(rs.getString("brief_path")),
                Path.of(rs.getString("out_dir")),
                Instant.parse(rs.getString("started_at")),
                finishedAt == null ? null : Instant.parse(finishedAt),
                rs.getString("status"),
                new RunCounts(rs.getInt("creatives"), rs.getInt("rendered"), rs.getInt("up_to_date"),
                        rs.getInt("generated"), rs.getInt("cached")),
                rs.getLong("elapsed_ms"));
    }
}

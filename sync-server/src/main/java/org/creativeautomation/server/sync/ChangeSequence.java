package org.creativeautomation.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.creativeautomation.server.store.Database;

/**
 * Sequence numbers of a team's change feed, from one counter row per team. A writer locks the row
 * first thing in its transaction and holds it to commit, so writers of a team commit one after the
 * other in sequence order and a reader can never see seq N+1 while N is still uncommitted. On
 * PostgreSQL the lock is the row lock of the UPDATE; on SQLite, BEGIN IMMEDIATE already serialises
 * writers.
 */
public final class ChangeSequence {
    private final Database database;

    public ChangeSequence(Database database) {
        this.database = database;
    }

    /** Takes the team's counter lock for the rest of the transaction, creating the counter when new. */
    void lock(Connection c, String team) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO sync_sequences (team, seq) VALUES (?, 0) ON CONFLICT (team) DO NOTHING")) {
            insert.setString(1, team);
            insert.executeUpdate();
        }
        try (PreparedStatement lock = c.prepareStatement("UPDATE sync_sequences SET seq = seq WHERE team = ?")) {
            lock.setString(1, team);
            lock.executeUpdate();
        }
    }

    /** The next number; call only after {@link #lock} in the same transaction. */
    long next(Connection c, String team) throws SQLException {
        try (PreparedStatement bump = c.prepareStatement("UPDATE sync_sequences SET seq = seq + 1 WHERE team = ?")) {
            bump.setString(1, team);
            bump.executeUpdate();
        }
        return current(c, team);
    }

    private static long current(Connection c, String team) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT seq FROM sync_sequences WHERE team = ?")) {
            s.setString(1, team);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** The highest committed number of a team, 0 before its first change. */
    public long head(String team) {
        return database.read(c -> current(c, team));
    }

    /** Every team's highest committed number. */
    public Map<String, Long> heads() {
        return database.read(c -> {
            Map<String, Long> heads = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT team, seq FROM sync_sequences");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    heads.put(rs.getString(1), rs.getLong(2));
                }
            }
            return heads;
        });
    }
}

package org.creativeautomation.server.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.creativeautomation.server.store.Database;

/**
 * The audit trail. Entries are written on the connection of the write they describe, inside its
 * transaction, so a write without its audit row (or the other way round) cannot be committed.
 */
public final class AuditLog {
    private final Database database;

    public AuditLog(Database database) {
        this.database = database;
    }

    public void record(Connection connection, AuditEntry entry) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO audit_log "
                + "(at, team, actor, token_id, action, target, remote_addr, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, entry.at().toEpochMilli());
            s.setString(2, entry.team());
            s.setString(3, entry.actor());
            s.setString(4, entry.tokenId());
            s.setString(5, entry.action());
            s.setString(6, entry.target());
            s.setString(7, entry.remoteAddress());
            s.setString(8, entry.detail());
            s.executeUpdate();
        }
    }

    /** The newest entries of a team, newest first. */
    public List<AuditEntry> recent(String team, int limit) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT at, team, actor, token_id, action, target, "
                    + "remote_addr, detail FROM audit_log WHERE team = ? ORDER BY id DESC LIMIT ?")) {
                s.setString(1, team);
                s.setInt(2, limit);
                try (ResultSet rs = s.executeQuery()) {
                    List<AuditEntry> entries = new ArrayList<>();
                    while (rs.next()) {
                        entries.add(new AuditEntry(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getString(8)));
                    }
                    return entries;
                }
            }
        });
    }
}

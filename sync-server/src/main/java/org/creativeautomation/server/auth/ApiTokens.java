package org.creativeautomation.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.creativeautomation.server.audit.AuditEntry;
import org.creativeautomation.server.audit.AuditLog;
import org.creativeautomation.server.store.Database;

/**
 * Users and their API tokens. A token is 32 random bytes; only its SHA-256 is stored, which is safe
 * without salt or stretching because the secret has full entropy. Tokens may expire and be revoked;
 * every lookup reads the database, so a revocation holds on every server at once.
 */
public final class ApiTokens implements Authenticator {
    private static final String PREFIX = "cas_";

    private final Database database;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random;

    public ApiTokens(Database database, AuditLog audit, Clock clock, SecureRandom random) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
        this.random = random;
    }

    /**
     * Creates a token for the named user of a team, creating the user with this role when new. An
     * existing user keeps their id; their role is updated to the one given.
     */
    public NewToken create(String team, String userName, Role role, Duration lifetime, String actor, String from) {
        Instant now = clock.instant();
        Instant expiresAt = lifetime == null ? null : now.plus(lifetime);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        byte[] idBytes = new byte[6];
        random.nextBytes(idBytes);
        String tokenId = "tok_" + HexFormat.of().formatHex(idBytes);
        return database.inTransaction(c -> {
            String userId = upsertUser(c, team, userName, role, now);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO api_tokens "
                    + "(id, user_id, token_hash, created_at, expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, NULL)")) {
                insert.setString(1, tokenId);
                insert.setString(2, userId);
                insert.setString(3, hash(secret));
                insert.setLong(4, now.toEpochMilli());
                setInstant(insert, 5, expiresAt);
                insert.executeUpdate();
            }
            Principal principal = new Principal(userId, userName, team, role, tokenId);
            audit.record(c, new AuditEntry(now, team, actor, null, "token.create", tokenId, from,
                    "for " + principal.actor()));
            return new NewToken(tokenId, secret, principal, expiresAt);
        });
    }

    private static String upsertUser(Connection c, String team, String name, Role role, Instant now)
            throws SQLException {
        try (PreparedStatement find = c.prepareStatement("SELECT id FROM users WHERE team = ? AND name = ?")) {
            find.setString(1, team);
            find.setString(2, name);
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    String id = rs.getString(1);
                    try (PreparedStatement update = c.prepareStatement("UPDATE users SET role = ? WHERE id = ?")) {
                        update.setString(1, role.wireName());
                        update.setString(2, id);
                        update.executeUpdate();
                    }
                    return id;
                }
            }
        }
        String id = UUID.randomUUID().toString();
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO users (id, team, name, role, created_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, team);
            insert.setString(3, name);
            insert.setString(4, role.wireName());
            insert.setLong(5, now.toEpochMilli());
            insert.executeUpdate();
        }
        return id;
    }

    @Override
    public Optional<Principal> authenticate(String bearer) {
        if (bearer == null || !bearer.startsWith(PREFIX)) {
            return Optional.empty();
        }
        long now = clock.millis();
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT t.id, t.expires_at, t.revoked_at, u.id, u.name, "
                    + "u.team, u.role FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?")) {
                s.setString(1, hash(bearer));
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    long expiresAt = rs.getLong(2);
                    boolean expires = !rs.wasNull();
                    rs.getLong(3);
                    boolean revoked = !rs.wasNull();
                    if (revoked || (expires && expiresAt <= now)) {
                        return Optional.empty();
                    }
                    String tokenId = rs.getString(1);
                    String userId = rs.getString(4);
                    String name = rs.getString(5);
                    String team = rs.getString(6);
                    return Role.parse(rs.getString(7)).map(role -> new Principal(userId, name, team, role, tokenId));
                }
            }
        });
    }

    /** Revokes a token of this team; false when the team has no such token (another team's stays untouched). */
    public boolean revoke(String team, String tokenId, String actor, String actorTokenId, String from) {
        Instant now = clock.instant();
        return database.inTransaction(c -> {
            int changed;
            try (PreparedStatement s = c.prepareStatement("UPDATE api_tokens SET revoked_at = ? WHERE id = ? "
                    + "AND revoked_at IS NULL AND user_id IN (SELECT id FROM users WHERE team = ?)")) {
                s.setLong(1, now.toEpochMilli());
                s.setString(2, tokenId);
                s.setString(3, team);
                changed = s.executeUpdate();
            }
            if (changed > 0) {
                audit.record(c, new AuditEntry(now, team, actor, actorTokenId, "token.revoke", tokenId, from, null));
            }
            return changed > 0;
        });
    }

    /** The team of a token, whatever its state; empty when no such token exists. For the command line. */
    public Optional<String> teamOf(String tokenId) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT u.team FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.id = ?")) {
                s.setString(1, tokenId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public List<TokenInfo> list(String team) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT t.id, u.name, u.team, u.role, t.created_at, "
                    + "t.expires_at, t.revoked_at FROM api_tokens t JOIN users u ON u.id = t.user_id "
                    + "WHERE u.team = ? ORDER BY t.created_at, t.id")) {
                s.setString(1, team);
                try (ResultSet rs = s.executeQuery()) {
                    List<TokenInfo> tokens = new ArrayList<>();
                    while (rs.next()) {
                        tokens.add(new TokenInfo(rs.getString(1), rs.getString(2), rs.getString(3),
                                Role.parse(rs.getString(4)).orElseThrow(), Instant.ofEpochMilli(rs.getLong(5)),
                                instant(rs, 6), instant(rs, 7)));
                    }
                    return tokens;
                }
            }
        });
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static void setInstant(PreparedStatement s, int index, Instant instant) throws SQLException {
        if (instant == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, instant.toEpochMilli());
        }
    }

    static String hash(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}

package org.creativeautomation.engine.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What image generation cost, call by call, in {@code studio.db}: what budgets and {@code studio costs} read. */
public final class CostLedger {
    private final StudioDatabase database;

    public CostLedger(StudioDatabase database) {
        this.database = database;
    }

    public void record(List<CostEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO generation_costs (at, campaign, product, "
                    + "provider, model, width, height, quality, outcome, cache_hit, cost_micros, estimate_micros, "
                    + "latency_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (CostEntry e : entries) {
                    s.setString(1, e.at().toString());
                    s.setString(2, e.campaign());
                    s.setString(3, e.product());
                    s.setString(4, e.provider());
                    s.setString(5, e.model());
                    s.setInt(6, e.width());
                    s.setInt(7, e.height());
                    s.setString(8, e.quality());
                    s.setString(9, e.outcome());
                    s.setInt(10, e.cacheHit() ? 1 : 0);
                    s.setLong(11, e.costMicros());
                    if (e.estimateMicros() == null) {
                        s.setNull(12, Types.INTEGER);
                    } else {
                        s.setLong(12, e.estimateMicros());
                    }
                    s.setLong(13, e.latencyMs());
                    s.addBatch();
                }
                return s.executeBatch();
            }
        });
    }

    /** What a campaign has spent over all its runs, in micro-dollars. */
    public long spentMicros(String campaign) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COALESCE(SUM(cost_micros), 0) FROM generation_costs WHERE campaign = ?")) {
                s.setString(1, campaign);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Spending by provider and model, most spent first; of one campaign, or of all when empty. */
    public List<CostSummary> summary(Optional<String> campaign) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT provider, model, "
                    + "SUM(1 - cache_hit), SUM(CASE WHEN cost_micros > 0 THEN 1 ELSE 0 END), SUM(cache_hit), "
                    + "SUM(cost_micros), SUM(CASE WHEN cache_hit = 1 THEN COALESCE(estimate_micros, 0) ELSE 0 END), "
                    + "SUM(CASE WHEN cache_hit = 1 AND estimate_micros IS NULL THEN 1 ELSE 0 END) "
                    + "FROM generation_costs WHERE (? IS NULL OR campaign = ?) "
                    + "GROUP BY provider, model ORDER BY SUM(cost_micros) DESC, provider, model")) {
                s.setString(1, campaign.orElse(null));
                s.setString(2, campaign.orElse(null));
                try (ResultSet rs = s.executeQuery()) {
                    List<CostSummary> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(new CostSummary(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                                rs.getInt(5), rs.getLong(6), rs.getLong(7), rs.getInt(8)));
                    }
                    return rows;
                }
            }
        });
    }

    /** Every row of a campaign in the order they were recorded. */
    public List<CostEntry> entries(String campaign) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT at, campaign, product, provider, model, width, "
                    + "height, quality, outcome, cache_hit, cost_micros, estimate_micros, latency_ms "
                    + "FROM generation_costs WHERE campaign = ? ORDER BY id")) {
                s.setString(1, campaign);
                try (ResultSet rs = s.executeQuery()) {
                    List<CostEntry> rows = new ArrayList<>();
                    while (rs.next()) {
                        long estimate = rs.getLong(12);
                        Long estimateMicros = rs.wasNull() ? null : estimate;
                        rows.add(new CostEntry(java.time.Instant.parse(rs.getString(1)), rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7),
                                rs.getString(8), rs.getString(9), rs.getInt(10) == 1, rs.getLong(11), estimateMicros,
                                rs.getLong(13)));
                    }
                    return rows;
                }
            }
        });
    }
}

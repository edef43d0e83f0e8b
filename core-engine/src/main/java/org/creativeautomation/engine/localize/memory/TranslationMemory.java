package org.creativeautomation.engine.localize.memory;

import org.creativeautomation.engine.store.StudioDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The studio's translation memory in {@code studio.db}: per pair of locales, approved translations
 * and machine translations awaiting approval. Every campaign draws on it, so a text approved once is
 * never translated again.
 */
public final class TranslationMemory {
    private static final Logger LOG = LoggerFactory.getLogger(TranslationMemory.class);
    /**
     * Fuzzy candidates whose lengths differ by more than this share cannot reach a useful match,
     * so they are not compared character by character.
     */
    private static final double LENGTH_SPREAD = 0.5;
    private static final String COLUMNS = "id, source_locale, target_locale, source_text, target_text, status, origin, "
            + "campaign, created_at, approved_at";

    private final StudioDatabase database;
    private final Clock clock;

    public TranslationMemory(StudioDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * The translation of exactly this source text (see {@link SourceText#key}): the approved one when
     * there is one, else the machine translation awaiting approval.
     */
    public Optional<MemoryEntry> exact(String sourceLocale, String targetLocale, String sourceText) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM translation_memory "
                    + "WHERE source_locale = ? AND target_locale = ? AND source_key = ? "
                    + "ORDER BY CASE status WHEN 'approved' THEN 0 ELSE 1 END LIMIT 1")) {
                s.setString(1, canonical(sourceLocale));
                s.setString(2, canonical(targetLocale));
                s.setString(3, SourceText.key(sourceText));
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(entry(rs)) : Optional.<MemoryEntry>empty();
                }
            }
        });
    }

    /**
     * Approved translations of other source texts that resemble this one by at least
     * {@code minPercent}, best first (the latest first among equals), at most {@code limit}.
     */
    public List<MemoryMatch> fuzzy(String sourceLocale, String targetLocale, String sourceText, int minPercent,
                                   int limit) {
        String key = SourceText.key(sourceText);
        List<MemoryEntry> candidates = database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM translation_memory "
                    + "WHERE source_locale = ? AND target_locale = ? AND status = 'approved' AND source_key <> ? "
                    + "AND length(source_key) BETWEEN ? AND ?")) {
                s.setString(1, canonical(sourceLocale));
                s.setString(2, canonical(targetLocale));
                s.setString(3, key);
                s.setInt(4, (int) Math.floor(key.length() * (1 - LENGTH_SPREAD)));
                s.setInt(5, (int) Math.ceil(key.length() * (1 + LENGTH_SPREAD)));
                List<MemoryEntry> found = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(entry(rs));
                    }
                }
                return found;
            }
        });
        return candidates.stream()
                .map(e -> new MemoryMatch(e, SourceText.similarity(sourceText, e.sourceText())))
                .filter(m -> m.percent() >= minPercent)
                .sorted(Comparator.comparingInt(MemoryMatch::percent).reversed()
                        .thenComparing(m -> m.entry().id(), Comparator.reverseOrder()))
                .limit(limit)
                .toList();
    }

    /**
     * Whether a fuzzy match may stand in for a translation of {@code sourceText}: both sources state
     * the same numbers, since a match that differs in a price or percentage would state it wrongly.
     */
    public static boolean keepsTheNumbers(MemoryMatch match, String sourceText) {
        return SourceText.numbers(match.entry().sourceText()).equals(SourceText.numbers(sourceText));
    }

    /** Keeps a machine translation for later runs, replacing any earlier one of the same source. */
    public void recordMachine(String sourceLocale, String targetLocale, String sourceText, String targetText,
                              String provider, String campaign) {
        database.inTransaction(c -> {
            upsert(c, sourceLocale, targetLocale, sourceText, targetText, MemoryStatus.MACHINE, "machine:" + provider,
                    campaign);
            return null;
        });
    }

    /**
     * Stores approved translations, all or none: each replaces an earlier approved translation of
     * the same source and settles the machine translation awaiting approval.
     */
    public void approve(List<Approval> approvals) {
        database.inTransaction(c -> {
            for (Approval a : approvals) {
                upsert(c, a.sourceLocale(), a.targetLocale(), a.sourceText(), a.targetText(), MemoryStatus.APPROVED,
                        a.origin(), a.campaign());
                try (PreparedStatement s = c.prepareStatement("DELETE FROM translation_memory WHERE source_locale = ? "
                        + "AND target_locale = ? AND source_key = ? AND status = 'machine'")) {
                    s.setString(1, canonical(a.sourceLocale()));
                    s.setString(2, canonical(a.targetLocale()));
                    s.setString(3, SourceText.key(a.sourceText()));
                    s.executeUpdate();
                }
            }
            return null;
        });
        LOG.info("Approved {} translations into the translation memory", approvals.size());
    }

    /** Every entry from one locale into another, for reports and tests; oldest first. */
    public List<MemoryEntry> entries(String sourceLocale, String targetLocale) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM translation_memory "
                    + "WHERE source_locale = ? AND target_locale = ? ORDER BY id")) {
                s.setString(1, canonical(sourceLocale));
                s.setString(2, canonical(targetLocale));
                List<MemoryEntry> found = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(entry(rs));
                    }
                }
                return found;
            }
        });
    }

    /**
     * A translation a person stands behind.
     *
     * @param origin how it was approved: {@code xliff:de-DE.xlf}, {@code approved:machine:openai}
     */
    public record Approval(String sourceLocale, String targetLocale, String sourceText, String targetText,
                           String origin, String campaign) {
    }

    private void upsert(Connection c, String sourceLocale, String targetLocale, String sourceText, String targetText,
                        MemoryStatus status, String origin, String campaign) throws SQLException {
        String now = Instant.now(clock).toString();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO translation_memory (source_locale, target_locale, "
                + "source_key, source_text, target_text, status, origin, campaign, created_at, approved_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (source_locale, target_locale, source_key, status) DO UPDATE SET "
                + "source_text = excluded.source_text, target_text = excluded.target_text, origin = excluded.origin, "
                + "campaign = excluded.campaign, created_at = excluded.created_at, approved_at = excluded.approved_at")) {
            s.setString(1, canonical(sourceLocale));
            s.setString(2, canonical(targetLocale));
            s.setString(3, SourceText.key(sourceText));
            s.setString(4, sourceText);
            s.setString(5, targetText);
            s.setString(6, status.column());
            s.setString(7, origin);
            s.setString(8, campaign);
            s.setString(9, now);
            s.setString(10, status == MemoryStatus.APPROVED ? now : null);
            s.executeUpdate();
        }
    }

    private static MemoryEntry entry(ResultSet rs) throws SQLException {
        String approvedAt = rs.getString(10);
        return new MemoryEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                MemoryStatus.ofColumn(rs.getString(6)), rs.getString(7), rs.getString(8),
                Instant.parse(rs.getString(9)), approvedAt == null ? null : Instant.parse(approvedAt));
    }

    /** BCP 47 tags ignore case; the memory keeps them in canonical case so en-us finds en-US. */
    static String canonical(String localeTag) {
        return Locale.forLanguageTag(localeTag.replace('_', '-')).toLanguageTag();
    }
}

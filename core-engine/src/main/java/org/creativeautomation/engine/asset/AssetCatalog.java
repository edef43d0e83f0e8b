package org.creativeautomation.engine.asset;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.creativeautomation.engine.store.StudioDatabase;

/** The ingested images: one row per distinct content, with every path it came from. */
public final class AssetCatalog {
    private static final String COLUMNS = "sha256, format, width, height, orientation, color_profile, phash, byte_size";

    private final StudioDatabase database;

    public AssetCatalog(StudioDatabase database) {
        this.database = database;
    }

    /** Adds the asset unless known, and notes the path it was ingested from (again). */
    public void record(IngestedAsset asset, Path sourcePath) {
        Path path = sourcePath.toAbsolutePath().normalize();
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        String now = Instant.now().toString();
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT OR IGNORE INTO assets (" + COLUMNS
                    + ", first_name, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, asset.sha256());
                s.setString(2, asset.format().name());
                s.setInt(3, asset.width());
                s.setInt(4, asset.height());
                s.setInt(5, asset.orientation());
                s.setString(6, asset.colorProfile());
                s.setString(7, PerceptualHash.toHex(asset.phash()));
                s.setLong(8, asset.byteSize());
                s.setString(9, name);
                s.setString(10, now);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO asset_names (sha256, name, path, seen_at) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (sha256, path) DO UPDATE SET name = excluded.name, seen_at = excluded.seen_at")) {
                s.setString(1, asset.sha256());
                s.setString(2, name);
                s.setString(3, path.toString());
                s.setString(4, now);
                return s.executeUpdate();
            }
        });
    }

    public Optional<IngestedAsset> find(String sha256) {
        List<IngestedAsset> found = query("SELECT " + COLUMNS + " FROM assets WHERE sha256 = ?", sha256);
        return found.stream().findFirst();
    }

    /** Every path the asset was ingested from, in the order first seen. */
    public List<AssetSource> sourcesOf(String sha256) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT name, path, seen_at FROM asset_names WHERE sha256 = ? ORDER BY rowid")) {
                s.setString(1, sha256);
                try (ResultSet rs = s.executeQuery()) {
                    List<AssetSource> sources = new ArrayList<>();
                    while (rs.next()) {
                        sources.add(new AssetSource(rs.getString(1), Path.of(rs.getString(2)), Instant.parse(rs.getString(3))));
                    }
                    return sources;
                }
            }
        });
    }

    /** Assets whose perceptual hash is within {@code maxDistance} bits, closest first (an exact copy included). */
    public List<IngestedAsset> nearDuplicatesOf(long phash, int maxDistance) {
        // SQLite has no popcount; the catalog of one studio is small enough to compare in memory.
        return all().stream()
                .filter(a -> PerceptualHash.distance(a.phash(), phash) <= maxDistance)
                .sorted(Comparator.comparingInt(a -> PerceptualHash.distance(a.phash(), phash)))
                .toList();
    }

    /** Other assets that look like this one, closest first; the asset itself is left out. */
    public List<IngestedAsset> nearDuplicatesOf(IngestedAsset asset, int maxDistance) {
        return nearDuplicatesOf(asset.phash(), maxDistance).stream()
                .filter(a -> !a.sha256().equals(asset.sha256()))
                .toList();
    }

    /** All assets, in the order they were first ingested. */
    public List<IngestedAsset> all() {
        return query("SELECT " + COLUMNS + " FROM assets ORDER BY rowid");
    }

    private List<IngestedAsset> query(String sql, String... parameters) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setString(i + 1, parameters[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    List<IngestedAsset> assets = new ArrayList<>();
                    while (rs.next()) {
                        assets.add(toAsset(rs));
                    }
                    return assets;
                }
            }
        });
    }

    private static IngestedAsset toAsset(ResultSet rs) throws SQLException {
        return new IngestedAsset(
                rs.getString("sha256"),
                ImageFormat.valueOf(rs.getString("format")),
                rs.getInt("width"),
                rs.getInt("height"),
                rs.getInt("orientation"),
                rs.getString("color_profile"),
                PerceptualHash.fromHex(rs.getString("phash")),
                rs.getLong("byte_size"));
    }
}

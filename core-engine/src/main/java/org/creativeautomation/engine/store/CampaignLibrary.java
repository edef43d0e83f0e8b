package org.creativeautomation.engine.store;

import org.creativeautomation.engine.asset.ImageFormat;
import org.creativeautomation.engine.brief.BriefDraft;
import org.creativeautomation.engine.brief.BriefDraftReader;
import org.creativeautomation.engine.brief.BriefYamlWriter;
import org.creativeautomation.engine.brief.DraftProduct;
import org.creativeautomation.engine.document.DocumentReader;
import org.creativeautomation.engine.document.IdSyntax;
import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The campaigns kept in a studio home. Each lives in its own folder under the home's
 * {@code campaigns} folder: its brief as {@code brief.yaml}, copies of the input assets the brief
 * names (at the same relative paths, so the brief reads the same) and the creatives of its runs.
 * The database lists them with their review status; the brief file stays the campaign's truth and
 * is only ever replaced whole, atomically.
 */
public final class CampaignLibrary {
    private static final Logger LOG = LoggerFactory.getLogger(CampaignLibrary.class);
    private static final String COLUMNS = "id, folder, campaign, name, brand, status, created_at, updated_at, opened_at";

    private final StudioDatabase database;
    private final Path root;
    private final RunLog runs;
    private final Clock clock;
    private final BriefDraftReader drafts = new BriefDraftReader();
    private final BriefYamlWriter yaml = new BriefYamlWriter();

    /** @param root the folder that holds one folder per campaign ({@link StudioHome#campaigns()}) */
    public CampaignLibrary(StudioDatabase database, Path root, RunLog runs, Clock clock) {
        this.database = database;
        this.root = root.toAbsolutePath().normalize();
        this.runs = runs;
        this.clock = clock;
    }

    /** Every campaign, the most recently changed first. */
    public List<StoredCampaign> all() {
        return query("SELECT " + COLUMNS + " FROM campaigns ORDER BY updated_at DESC, id DESC", -1);
    }

    /** The campaigns opened last, newest first. */
    public List<StoredCampaign> recent(int limit) {
        return query("SELECT " + COLUMNS + " FROM campaigns WHERE opened_at IS NOT NULL "
                + "ORDER BY opened_at DESC, id DESC LIMIT ?", Math.max(0, limit));
    }

    public Optional<StoredCampaign> find(long id) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM campaigns WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(toCampaign(rs)) : Optional.<StoredCampaign>empty();
                }
            }
        });
    }

    /** A new campaign whose brief is the draft. */
    public StoredCampaign create(BriefDraft draft) {
        return add(draft.campaign(), yaml.write(draft), draft, folder -> {
        });
    }

    /**
     * A new campaign named by a person: its id is made from the name, and its brief starts with the
     * brand kit, one locale and every ratio, the rest to fill in.
     */
    public StoredCampaign create(String name, String brand, String region, String locale) {
        String id = uniqueCampaignId(slug(name));
        return create(BriefDraft.starter(id, name.strip().equals(id) ? "" : name.strip(), brand, region, locale));
    }

    /**
     * A new campaign from a brief file (YAML or JSON): the brief and the input assets it names are
     * copied in, so the library's copy works wherever the original moves. A YAML brief is kept as
     * written, comments and all, even when it has mistakes to fix; a JSON brief is converted to YAML.
     *
     * @throws InvalidInputException when the file cannot be read, or is JSON that does not parse
     */
    public StoredCampaign importBrief(Path briefFile) {
        Path source = briefFile.toAbsolutePath().normalize();
        DocumentReader.Format format = DocumentReader.formatOf(source);
        if (format == null) {
            throw new InvalidInputException(briefFile + ": not a brief (expected a .yaml, .yml or .json file)");
        }
        String text = readText(source);
        Optional<BriefDraft> draft = readDraft(source, text);
        if (format == DocumentReader.Format.JSON) {
            BriefDraft json = draft.orElseThrow(() -> new InvalidInputException(briefFile
                    + ": the JSON does not parse; fix it, or import a YAML brief"));
            text = yaml.write(json);
        }
        BriefDraft known = draft.orElse(null);
        StoredCampaign added = add(known == null ? baseName(source) : known.campaign(), text, known,
                folder -> copyAssets(source.getParent(), folder, known));
        LOG.info("Imported brief {} into the library as {}", source, added.folder());
        return added;
    }

    /** A copy of a campaign, brief and input assets, under a new campaign id; it starts as a draft. */
    public StoredCampaign duplicate(long id) {
        StoredCampaign original = require(id);
        String text = readBrief(id);
        Optional<BriefDraft> draft = readDraft(original.briefFile(), text);
        String copyId = uniqueCampaignId((original.campaign().isEmpty() ? "campaign" : original.campaign()) + "-copy");
        BriefDraft renamed = draft.map(d -> d.withText("campaign", copyId)
                        .withText("name", d.name().isEmpty() ? "" : d.name() + " (copy)"))
                .orElse(null);
        String copyText = renamed == null ? text : yaml.write(renamed);
        return add(copyId, copyText, renamed, folder -> copyAssets(original.folder(), folder, draft.orElse(null)));
    }

    /**
     * Copies an image into the campaign's {@code assets} folder, under its own name (numbered when
     * the name is taken by other content), so the brief can name it.
     *
     * @return the path the brief names it by, relative to the brief: {@code assets/hero.jpg}
     * @throws InvalidInputException when the file is not a PNG or JPEG image
     */
    public String addAsset(long id, Path image) {
        StoredCampaign campaign = require(id);
        try {
            if (!Files.isRegularFile(image) || ImageFormat.sniff(image).isEmpty()) {
                throw new InvalidInputException(image + ": not a PNG or JPEG image");
            }
            Path assets = Files.createDirectories(campaign.folder().resolve("assets"));
            String name = image.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            String extension = dot > 0 ? name.substring(dot) : "";
            for (int n = 1; ; n++) {
                Path target = assets.resolve(n == 1 ? name : stem + "-" + n + extension);
                if (!Files.exists(target)) {
                    AtomicFiles.write(target, Files.readAllBytes(image));
                    return campaign.folder().relativize(target).toString().replace('\\', '/');
                }
                if (Files.mismatch(target, image) == -1) {
                    return campaign.folder().relativize(target).toString().replace('\\', '/');
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(image + ": cannot be copied into the campaign (" + e.getMessage() + ")", e);
        }
    }

    /** The campaign's brief as saved. */
    public String readBrief(long id) {
        return readText(require(id).briefFile());
    }

    /**
     * Replaces the campaign's brief with the text, atomically: a crash leaves the old brief or the
     * new one, never half of one. The library's name, id and brand follow the text when it parses.
     */
    public StoredCampaign saveBrief(long id, String text) {
        StoredCampaign campaign = require(id);
        try {
            AtomicFiles.write(campaign.briefFile(), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the brief " + campaign.briefFile(), e);
        }
        Optional<BriefDraft> draft = readDraft(campaign.briefFile(), text);
        String now = Instant.now(clock).toString();
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE campaigns SET campaign = ?, name = ?, brand = ?, updated_at = ? WHERE id = ?")) {
                s.setString(1, draft.map(BriefDraft::campaign).orElse(campaign.campaign()));
                s.setString(2, draft.map(CampaignLibrary::displayName).orElse(campaign.name()));
                s.setString(3, draft.map(BriefDraft::brand).orElse(campaign.brand()));
                s.setString(4, now);
                s.setLong(5, id);
                return s.executeUpdate();
            }
        });
        return require(id);
    }

    public StoredCampaign setStatus(long id, CampaignStatus status) {
        update(id, "UPDATE campaigns SET status = ?, updated_at = ? WHERE id = ?", status.code());
        return require(id);
    }

    /** Records that the campaign was opened now, for the recent list. */
    public StoredCampaign markOpened(long id) {
        update(id, "UPDATE campaigns SET opened_at = ? WHERE id = ?", null);
        return require(id);
    }

    private void update(long id, String sql, String status) {
        String now = Instant.now(clock).toString();
        int changed = database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = 1;
                if (status != null) {
                    s.setString(i++, status);
                }
                s.setString(i++, now);
                s.setLong(i, id);
                return s.executeUpdate();
            }
        });
        if (changed == 0) {
            throw new IllegalArgumentException("no campaign with id " + id + " in the library");
        }
    }

    @FunctionalInterface
    private interface FolderFiller {
        void fill(Path folder) throws IOException;
    }

    /** Makes the folder, writes the brief and what else belongs there, then lists the campaign. */
    private StoredCampaign add(String campaignId, String briefText, BriefDraft draft, FolderFiller filler) {
        Path folder = newFolder(campaignId);
        try {
            Files.createDirectories(folder);
            filler.fill(folder);
            AtomicFiles.write(folder.resolve(StoredCampaign.BRIEF_FILE), briefText.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the campaign folder " + folder, e);
        }
        String now = Instant.now(clock).toString();
        long id = database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO campaigns "
                    + "(folder, campaign, name, brand, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, root.relativize(folder).toString());
                s.setString(2, draft == null ? "" : draft.campaign());
                s.setString(3, draft == null ? folder.getFileName().toString() : displayName(draft));
                s.setString(4, draft == null ? "" : draft.brand());
                s.setString(5, CampaignStatus.DRAFT.code());
                s.setString(6, now);
                s.setString(7, now);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return require(id);
    }

    /**
     * Copies the assets the brief names from its folder into the campaign's, at the same relative
     * paths. Only regular files inside the source folder are copied, as the brief parser would
     * accept no others; what is missing the editor then reports at its line.
     */
    private static void copyAssets(Path from, Path to, BriefDraft draft) throws IOException {
        if (draft == null) {
            return;
        }
        Path source = from.toRealPath();
        for (DraftProduct product : draft.products()) {
            for (String written : product.assets()) {
                Path file;
                try {
                    file = from.resolve(written).normalize();
                } catch (java.nio.file.InvalidPathException e) {
                    continue;
                }
                if (!file.startsWith(from) || !Files.isRegularFile(file)
                        || !file.toRealPath().startsWith(source)) {
                    continue;
                }
                Path target = to.resolve(from.relativize(file)).normalize();
                if (target.startsWith(to) && !Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
    }

    /** A folder named after the campaign id, numbered when the name is taken. */
    private Path newFolder(String campaignId) {
        String base = IdSyntax.isValid(campaignId) ? campaignId : slug(campaignId);
        for (int n = 1; ; n++) {
            Path folder = root.resolve(n == 1 ? base : base + "-" + n);
            if (!Files.exists(folder) && !folderListed(root.relativize(folder).toString())) {
                return folder;
            }
        }
    }

    private boolean folderListed(String folder) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM campaigns WHERE folder = ?")) {
                s.setString(1, folder);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    private String uniqueCampaignId(String wanted) {
        List<String> taken = all().stream().map(StoredCampaign::campaign).toList();
        for (int n = 1; ; n++) {
            String id = n == 1 ? wanted : wanted + "-" + n;
            if (!taken.contains(id)) {
                return id;
            }
        }
    }

    /** Lowercase letters and digits joined by single '-': a name a folder can have everywhere. */
    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "campaign" : slug;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String displayName(BriefDraft draft) {
        if (!draft.name().isBlank()) {
            return draft.name();
        }
        return draft.campaign().isBlank() ? "Untitled campaign" : draft.campaign();
    }

    private Optional<BriefDraft> readDraft(Path file, String text) {
        try {
            return Optional.of(drafts.read(file, text));
        } catch (InvalidDocumentException e) {
            return Optional.empty();
        }
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new InvalidInputException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private StoredCampaign require(long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no campaign with id " + id + " in the library"));
    }

    private List<StoredCampaign> query(String sql, int limit) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                if (limit >= 0) {
                    s.setInt(1, limit);
                }
                try (ResultSet rs = s.executeQuery()) {
                    List<StoredCampaign> campaigns = new ArrayList<>();
                    while (rs.next()) {
                        campaigns.add(toCampaign(rs));
                    }
                    return campaigns;
                }
            }
        });
    }

    private StoredCampaign toCampaign(ResultSet rs) throws SQLException {
        Path folder = root.resolve(rs.getString("folder"));
        String opened = rs.getString("opened_at");
        // The run log takes the database lock itself; it is reentrant, so this read may nest.
        RunRecord latest = runs.latestOf(folder.resolve(StoredCampaign.BRIEF_FILE)).orElse(null);
        return new StoredCampaign(
                rs.getLong("id"),
                folder,
                rs.getString("campaign"),
                rs.getString("name"),
                rs.getString("brand"),
                CampaignStatus.fromCode(rs.getString("status")).orElse(CampaignStatus.DRAFT),
                Instant.parse(rs.getString("created_at")),
                Instant.parse(rs.getString("updated_at")),
                opened == null ? null : Instant.parse(opened),
                latest);
    }
}

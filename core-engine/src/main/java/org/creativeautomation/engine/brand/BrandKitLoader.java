package org.creativeautomation.engine.brand;

import org.creativeautomation.engine.brand.KitFileResolver.KitFile;
import org.creativeautomation.engine.document.DocNode;
import org.creativeautomation.engine.document.DocumentReader;
import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.Location;
import org.creativeautomation.engine.document.NearestName;
import org.creativeautomation.engine.document.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Loads a brand kit folder ({@code <id>/brand.yaml} with its fonts and logos) and checks all of it
 * before anything is rendered with it: every field, every file the kit names, and that fonts and
 * logos are usable. All problems are reported together, each with its line, column and field, so
 * a kit author fixes a kit in one pass.
 */
public final class BrandKitLoader {
    private static final Logger LOG = LoggerFactory.getLogger(BrandKitLoader.class);

    /** The kit's description inside its folder. */
    public static final String KIT_FILE = "brand.yaml";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern HEX_COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern SEMANTIC_VERSION = Pattern.compile(
            "(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)"
                    + "(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");
    private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());
    private static final List<String> FONT_EXTENSIONS = List.of(".ttf", ".otf");
    private static final List<String> LOGO_EXTENSIONS = List.of(".png");

    private final DocumentReader reader;
    private final LogoImageCheck logoCheck = new LogoImageCheck();
    private final KitContentHash contentHash = new KitContentHash();

    public BrandKitLoader() {
        this(new DocumentReader());
    }

    public BrandKitLoader(DocumentReader reader) {
        this.reader = reader;
    }

    /** Whether {@code id} can name a kit: lowercase letters and digits, words joined by single '-'. */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * Loads and validates the kit in {@code kitFolder}; the folder's name is the kit's id.
     *
     * @throws BrandKitException listing every problem found, when the kit cannot be used
     */
    public BrandKit load(Path kitFolder) {
        Path kitFile = kitFolder.resolve(KIT_FILE);
        if (!Files.isDirectory(kitFolder)) {
            throw new BrandKitException(kitFolder + ": no brand kit folder here");
        }
        if (!Files.isRegularFile(kitFile)) {
            throw new BrandKitException(kitFolder + ": not a brand kit (it has no " + KIT_FILE + ")");
        }
        Path folder = kitFolder.toAbsolutePath().normalize();
        Problems problems = new Problems();
        DocNode root;
        try {
            root = reader.read(kitFile, problems);
        } catch (InvalidDocumentException e) {
            throw new BrandKitException(e.problems());
        }

        String id = folder.getFileName() == null ? "" : folder.getFileName().toString();
        if (!isValidId(id)) {
            problems.add(null, null, kitFolder + ": folder name \"" + id
                    + "\" is not a valid kit id (lowercase letters, digits and '-', e.g. acme-beverages)");
        }

        Optional<KitFields> fields = KitFields.root(root, Location.startOf(kitFile), problems);
        if (fields.isEmpty()) {
            throw new BrandKitException(problems.sorted());
        }
        KitSections sections = new KitSections(fields.get(), new KitFileResolver(folder));
        sections.read();
        problems.throwIfAny(BrandKitException::new);

        String hash;
        try {
            hash = contentHash.of(folder);
        } catch (UncheckedIOException e) {
            throw new BrandKitException(kitFolder + ": cannot read the kit's files (" + e.getCause().getMessage() + ")");
        }
        BrandKit kit = new BrandKit(id, sections.name, sections.version, folder, sections.palette, sections.fonts,
                sections.logo, sections.logoRules, sections.textRules, sections.legal, hash);
        LOG.debug("Loaded brand kit {} {} from {} (content {})", id, kit.version(), folder, hash);
        return kit;
    }

    /**
     * Reads the sections of one kit document. Each value stays null when its field has a problem;
     * the loader only builds the kit when there are none.
     */
    private final class KitSections {
        private final KitFields root;
        private final KitFileResolver files;
        String name;
        String version;
        Palette palette;
        KitFonts fonts;
        LogoSet logo;
        LogoRules logoRules;
        TextRules textRules;
        LegalRules legal;

        KitSections(KitFields root, KitFileResolver files) {
            this.root = root;
            this.files = files;
        }

        void read() {
            root.expectExactly(List.of("name", "version", "colors", "fonts", "logo", "logoRules", "textRules", "legal"));
            name = root.string("name").orElse(null);
            version = root.string("version").filter(v -> {
                if (SEMANTIC_VERSION.matcher(v).matches()) {
                    return true;
                }
                root.problem("version", "\"" + v + "\" is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.0)");
                return false;
            }).orElse(null);
            root.map("colors").ifPresent(this::readColors);
            root.map("fonts").ifPresent(this::readFonts);
            root.map("logo").ifPresent(this::readLogo);
            root.map("logoRules").ifPresent(this::readLogoRules);
            root.map("textRules").ifPresent(this::readTextRules);
            root.map("legal").ifPresent(this::readLegal);
        }

        private void readColors(KitFields colors) {
            colors.expectExactly(List.of("primary", "secondary", "accent", "textOnDark", "textOnLight", "background"));
            RgbColor primary = color(colors, "primary");
            RgbColor secondary = color(colors, "secondary");
            RgbColor accent = color(colors, "accent");
            RgbColor textOnDark = color(colors, "textOnDark");
            RgbColor textOnLight = color(colors, "textOnLight");
            RgbColor background = color(colors, "background");
            if (primary != null && secondary != null && accent != null && textOnDark != null
                    && textOnLight != null && background != null) {
                palette = new Palette(primary, secondary, accent, textOnDark, textOnLight, background);
            }
        }

        private RgbColor color(KitFields colors, String key) {
            if (colors.hasNoValue(key)) {
                // The usual cause: an unquoted #RRGGBB, which YAML reads as a comment.
                colors.problem(key, "has no value (write the colour in quotes, e.g. \"#0A7E8C\")");
                return null;
            }
            return colors.string(key).map(text -> {
                RgbColor parsed = HEX_COLOR.matcher(text).matches() ? RgbColor.parseHex(text) : null;
                if (parsed == null) {
                    colors.problem(key, "\"" + text + "\" is not a colour (#RRGGBB)");
                }
                return parsed;
            }).orElse(null);
        }

        private void readFonts(KitFields section) {
            section.expectExactly(List.of("headline", "body", "license"));
            Optional<KitFile> headline = files.resolve(section, "headline", FONT_EXTENSIONS);
            Optional<KitFile> body = files.resolve(section, "body", FONT_EXTENSIONS);
            Optional<KitFile> license = files.resolve(section, "license", List.of());
            String headlineName = headline.map(file -> fontFamily(section, "headline", file)).orElse(null);
            String bodyName = body.map(file -> fontFamily(section, "body", file)).orElse(null);
            if (headlineName != null && bodyName != null && license.isPresent()) {
                fonts = new KitFonts(headline.get().path(), body.get().path(), headlineName, bodyName,
                        license.get().path());
            }
        }

        private String fontFamily(KitFields section, String key, KitFile file) {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, file.path().toFile()).getFamily(Locale.ROOT);
            } catch (FontFormatException | IOException e) {
                // The parser's reason varies by Java version and means little to a kit author.
                LOG.debug("Font {} does not load", file.path(), e);
                section.problem(key, "\"" + file.written() + "\" is not a TrueType or OpenType font");
                return null;
            }
        }

        private void readLogo(KitFields section) {
            section.expectExactly(List.of("light", "dark"));
            Path light = logoFile(section, "light");
            Path dark = logoFile(section, "dark");
            if (light != null && dark != null) {
                logo = new LogoSet(light, dark);
            }
        }

        private Path logoFile(KitFields section, String key) {
            Optional<KitFile> file = files.resolve(section, key, LOGO_EXTENSIONS);
            if (file.isEmpty()) {
                return null;
            }
            Optional<String> problem = logoCheck.problemWith(file.get().path());
            problem.ifPresent(p -> section.problem(key, "\"" + file.get().written() + "\" " + p));
            return problem.isPresent() ? null : file.get().path();
        }

        private void readLogoRules(KitFields section) {
            section.expectExactly(List.of("corners", "minWidthPercent", "clearSpacePercent"));
            List<Corner> corners = section.list("corners").map(list -> corners(section, list)).orElse(null);
            BigDecimal minWidth = section.number("minWidthPercent").filter(v -> {
                boolean ok = v.signum() > 0 && v.compareTo(BigDecimal.valueOf(50)) <= 0;
                if (!ok) {
                    section.problem("minWidthPercent", v.toPlainString() + " is out of range (more than 0, at most 50)");
                }
                return ok;
            }).orElse(null);
            BigDecimal clearSpace = section.number("clearSpacePercent").filter(v -> {
                boolean ok = v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(100)) <= 0;
                if (!ok) {
                    section.problem("clearSpacePercent", v.toPlainString() + " is out of range (0 to 100)");
                }
                return ok;
            }).orElse(null);
            if (corners != null && minWidth != null && clearSpace != null) {
                logoRules = new LogoRules(corners, minWidth.doubleValue(), clearSpace.doubleValue());
            }
        }

        private List<Corner> corners(KitFields section, DocNode.ListNode list) {
            String path = section.pathOf("corners");
            if (list.items().isEmpty()) {
                section.problem("corners", "must name at least one corner");
                return null;
            }
            List<String> labels = Arrays.stream(Corner.values()).map(Corner::label).toList();
            List<Corner> corners = new ArrayList<>();
            boolean valid = true;
            for (int i = 0; i < list.items().size(); i++) {
                DocNode item = list.items().get(i);
                String itemPath = path + "[" + i + "]";
                Optional<String> label = section.string(item, itemPath);
                if (label.isEmpty()) {
                    valid = false;
                    continue;
                }
                Optional<Corner> corner = Corner.fromLabel(label.get());
                if (corner.isEmpty()) {
                    String hint = NearestName.among(label.get(), labels).map(n -> "did you mean \"" + n + "\"?")
                            .orElse(String.join(", ", labels));
                    section.problems().add(item.location(), itemPath,
                            "\"" + label.get() + "\" is not a corner (" + hint + ")");
                    valid = false;
                } else if (corners.contains(corner.get())) {
                    section.problems().add(item.location(), itemPath, "\"" + label.get() + "\" is listed twice");
                    valid = false;
                } else {
                    corners.add(corner.get());
                }
            }
            return valid ? corners : null;
        }

        private void readTextRules(KitFields section) {
            section.expectExactly(List.of("minFontPx", "maxLines"));
            Integer minFontPx = section.integer("minFontPx").filter(v -> {
                if (v < 8) {
                    section.problem("minFontPx", v + " is too small (at least 8)");
                }
                return v >= 8;
            }).orElse(null);
            Integer maxLines = section.integer("maxLines").filter(v -> {
                boolean ok = v >= 1 && v <= 8;
                if (!ok) {
                    section.problem("maxLines", v + " is out of range (1 to 8)");
                }
                return ok;
            }).orElse(null);
            if (minFontPx != null && maxLines != null) {
                textRules = new TextRules(minFontPx, maxLines);
            }
        }

        private void readLegal(KitFields section) {
            section.expectExactly(List.of("prohibited", "disclaimers"));
            List<String> prohibited = section.list("prohibited").map(list -> prohibited(section, list)).orElse(null);
            Map<String, String> disclaimers = section.map("disclaimers").map(this::disclaimers).orElse(null);
            if (prohibited != null && disclaimers != null) {
                legal = new LegalRules(prohibited, disclaimers);
            }
        }

        private List<String> prohibited(KitFields section, DocNode.ListNode list) {
            String path = section.pathOf("prohibited");
            List<String> phrases = new ArrayList<>();
            Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            boolean valid = true;
            for (int i = 0; i < list.items().size(); i++) {
                DocNode item = list.items().get(i);
                Optional<String> phrase = section.string(item, path + "[" + i + "]");
                if (phrase.isEmpty()) {
                    valid = false;
                } else if (!seen.add(phrase.get())) {
                    // Matching is case-insensitive, so "Cure" and "cure" are the same rule.
                    section.problems().add(item.location(), path + "[" + i + "]",
                            "\"" + phrase.get() + "\" is listed twice");
                    valid = false;
                } else {
                    phrases.add(phrase.get());
                }
            }
            return valid ? phrases : null;
        }

        private Map<String, String> disclaimers(KitFields section) {
            Map<String, String> disclaimers = new LinkedHashMap<>();
            boolean valid = true;
            for (DocNode.Entry entry : section.entries()) {
                String region = entry.key();
                String path = section.pathOf(region);
                if (!REGIONS.contains(region)) {
                    section.problems().add(entry.keyLocation(), path,
                            "\"" + region + "\" is not an ISO 3166-1 alpha-2 region code" + regionHint(region));
                    valid = false;
                }
                Optional<String> text = section.string(entry.value(), path);
                if (text.isEmpty()) {
                    valid = false;
                } else {
                    disclaimers.put(region, text.get());
                }
            }
            return valid ? disclaimers : null;
        }

        private String regionHint(String region) {
            // "UK" is the mistake people make most; ISO calls the United Kingdom GB.
            if (region.equalsIgnoreCase("UK")) {
                return " (did you mean \"GB\"?)";
            }
            String upper = region.toUpperCase(Locale.ROOT);
            if (REGIONS.contains(upper)) {
                return " (did you mean \"" + upper + "\"?)";
            }
            return " (e.g. US, GB, DE)";
        }
    }
}

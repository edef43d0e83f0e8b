package org.creativeautomation.engine.brand;

import org.creativeautomation.engine.brand.KitFileResolver.KitFile;
import org.creativeautomation.engine.document.DocNode;
import org.creativeautomation.engine.document.DocumentReader;
import org.creativeautomation.engine.document.FieldPath;
import org.creativeautomation.engine.document.FieldReader;
import org.creativeautomation.engine.document.IdSyntax;
import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.Location;
import org.creativeautomation.engine.document.MapFields;
import org.creativeautomation.engine.document.NearestName;
import org.creativeautomation.engine.document.NumberRange;
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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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

    private static final Pattern HEX_COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern SEMANTIC_VERSION = Pattern.compile(
            "(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)"
                    + "(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");
    private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());
    private static final List<String> KIT_FIELDS = List.of("name", "version", "colors", "fonts", "logo", "logoRules",
            "textRules", "legal", "templates", "grading", "prompt");
    private static final List<String> COLOR_FIELDS =
            List.of("primary", "secondary", "accent", "textOnDark", "textOnLight", "background");
    private static final List<String> FONT_FIELDS = List.of("headline", "body", "license");
    private static final List<String> LOGO_FIELDS = List.of("light", "dark");
    private static final List<String> LOGO_RULE_FIELDS = List.of("corners", "minWidthPercent", "clearSpacePercent");
    private static final List<String> TEXT_RULE_FIELDS = List.of("minFontPx", "maxLines");
    private static final List<String> LEGAL_FIELDS = List.of("prohibited", "disclaimers");
    private static final List<String> GRADING_FIELDS = List.of("strength");

    private static final String NAME = "the brand's name as shown to people";
    private static final String VERSION = "a version such as 1.0.0";
    /** Quoted, since YAML reads an unquoted {@code #} as the start of a comment. */
    private static final String COLOR = "a colour in quotes, such as \"#0A7E8C\"";
    private static final String FONT_FILE = "a .ttf or .otf file in the kit folder";
    private static final String LOGO_FILE = "a .png file in the kit folder";
    private static final NumberRange MIN_WIDTH_PERCENT = NumberRange.moreThan(0).atMost(50);
    private static final NumberRange CLEAR_SPACE_PERCENT = NumberRange.between(0, 100);
    private static final NumberRange MIN_FONT_PX = NumberRange.atLeast(8);
    private static final NumberRange MAX_LINES = NumberRange.between(1, 8);
    private static final NumberRange GRADING_STRENGTH = NumberRange.between(0, 1);
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

    /** Whether {@code id} can name a kit: an id of {@link IdSyntax}, as briefs name kits. */
    public static boolean isValidId(String id) {
        return IdSyntax.isValid(id);
    }

    /** Field names as an expectation lists them: "a, b and c". */
    private static String names(List<String> fields) {
        return String.join(", ", fields.subList(0, fields.size() - 1)) + " and " + fields.get(fields.size() - 1);
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
                    + "\" is not a valid kit id (" + IdSyntax.RULE + ", e.g. acme-beverages)");
        }

        // A kit states its values exactly (its JSON schema checks the same), so 42 is no name.
        FieldReader fieldReader = new FieldReader(problems, FieldReader.TextScalars.STRINGS_ONLY);
        Optional<MapFields> kitFields = fieldReader.fields(root, FieldPath.ROOT, KIT_FIELDS);
        if (kitFields.isEmpty()) {
            throw new BrandKitException(problems.sorted());
        }
        KitSections sections = new KitSections(fieldReader, new KitFileResolver(folder, fieldReader));
        sections.read(kitFields.get());
        problems.throwIfAny(BrandKitException::new);

        String hash;
        try {
            hash = contentHash.of(folder);
        } catch (UncheckedIOException e) {
            throw new BrandKitException(kitFolder + ": cannot read the kit's files (" + e.getCause().getMessage() + ")");
        }
        BrandKit kit = new BrandKit(id, sections.name, sections.version, folder, sections.palette, sections.fonts,
                sections.logo, sections.logoRules, sections.textRules, sections.legal, sections.templates,
                sections.grading, sections.prompt, hash);
        LOG.debug("Loaded brand kit {} {} from {} (content {})", id, kit.version(), folder, hash);
        return kit;
    }

    /**
     * Reads the sections of one kit document. Each value stays null when its field has a problem;
     * the loader only builds the kit when there are none. Every field of a kit is required (a kit
     * states its rules explicitly, an empty list or map included) except {@code templates},
     * {@code grading} and {@code prompt}, whose engine defaults suit any brand.
     */
    private final class KitSections {
        private final FieldReader reader;
        private final KitFileResolver files;
        String name;
        String version;
        Palette palette;
        KitFonts fonts;
        LogoSet logo;
        LogoRules logoRules;
        TextRules textRules;
        LegalRules legal;
        LayoutTemplates templates = LayoutTemplates.defaults();
        Grading grading = Grading.OFF;
        PromptStyle prompt = PromptStyle.NONE;

        KitSections(FieldReader reader, KitFileResolver files) {
            this.reader = reader;
            this.files = files;
        }

        void read(MapFields root) {
            name = root.required("name", NAME)
                    .flatMap(node -> reader.text(node, root.path("name"), NAME))
                    .orElse(null);
            version = root.required("version", VERSION)
                    .flatMap(node -> version(node, root.path("version")))
                    .orElse(null);
            section(root, "colors", "the brand's colours: " + names(COLOR_FIELDS), COLOR_FIELDS)
                    .ifPresent(this::readColors);
            section(root, "fonts", "the font files: " + names(FONT_FIELDS), FONT_FIELDS).ifPresent(this::readFonts);
            section(root, "logo", "the logo files: " + names(LOGO_FIELDS), LOGO_FIELDS).ifPresent(this::readLogo);
            section(root, "logoRules", "the logo rules: " + names(LOGO_RULE_FIELDS), LOGO_RULE_FIELDS)
                    .ifPresent(this::readLogoRules);
            section(root, "textRules", "the text rules: " + names(TEXT_RULE_FIELDS), TEXT_RULE_FIELDS)
                    .ifPresent(this::readTextRules);
            section(root, "legal", "the legal rules: " + names(LEGAL_FIELDS), LEGAL_FIELDS).ifPresent(this::readLegal);
            root.optional("templates").ifPresent(node -> templates = new LayoutTemplateReader(reader)
                    .read(node, root.path("templates"), LayoutTemplates.defaults()).orElse(null));
            root.optional("grading").flatMap(node -> reader.fields(node, root.path("grading"), GRADING_FIELDS))
                    .ifPresent(this::readGrading);
            root.optional("prompt").ifPresent(node -> prompt = new PromptStyleReader(reader)
                    .read(node, root.path("prompt")).orElse(null));
        }

        private void readGrading(MapFields section) {
            grading = section.required("strength", "how far photos are pulled toward the palette: "
                            + GRADING_STRENGTH.describe() + ", 0 for not at all")
                    .flatMap(node -> reader.number(node, section.path("strength"), GRADING_STRENGTH))
                    .map(strength -> new Grading(strength.doubleValue()))
                    .orElse(null);
        }

        /** A section of the kit: a map with exactly the fields {@code known}. */
        private Optional<MapFields> section(MapFields parent, String key, String expected, List<String> known) {
            return parent.required(key, expected).flatMap(node -> reader.fields(node, parent.path(key), known));
        }

        private Optional<String> version(DocNode node, FieldPath path) {
            return reader.text(node, path, VERSION).filter(v -> {
                if (SEMANTIC_VERSION.matcher(v).matches()) {
                    return true;
                }
                reader.report(node, path, "\"" + v + "\" is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.0)");
                return false;
            });
        }

        private void readColors(MapFields colors) {
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

        private RgbColor color(MapFields colors, String key) {
            // An unquoted #RRGGBB is a YAML comment, so a field left empty is the usual mistake; the
            // expectation says to quote.
            FieldPath path = colors.path(key);
            return colors.required(key, COLOR).flatMap(node -> reader.text(node, path, COLOR).map(text -> {
                RgbColor parsed = HEX_COLOR.matcher(text).matches() ? RgbColor.parseHex(text) : null;
                if (parsed == null) {
                    reader.report(node, path, "\"" + text + "\" is not a colour (#RRGGBB)");
                }
                return parsed;
            })).orElse(null);
        }

        private void readFonts(MapFields section) {
            Optional<KitFile> headline = file(section, "headline", FONT_FILE, FONT_EXTENSIONS);
            Optional<KitFile> body = file(section, "body", FONT_FILE, FONT_EXTENSIONS);
            Optional<KitFile> license = file(section, "license", "the fonts' licence file in the kit folder", List.of());
            String headlineName = headline.map(this::fontFamily).orElse(null);
            String bodyName = body.map(this::fontFamily).orElse(null);
            if (headlineName != null && bodyName != null && license.isPresent()) {
                fonts = new KitFonts(headline.get().path(), body.get().path(), headlineName, bodyName,
                        license.get().path());
            }
        }

        private Optional<KitFile> file(MapFields section, String key, String expected, List<String> extensions) {
            return section.required(key, expected)
                    .flatMap(node -> files.resolve(node, section.path(key), expected, extensions));
        }

        private String fontFamily(KitFile file) {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, file.path().toFile()).getFamily(Locale.ROOT);
            } catch (FontFormatException | IOException e) {
                // The parser's reason varies by Java version and means little to a kit author.
                LOG.debug("Font {} does not load", file.path(), e);
                report(file, "is not a TrueType or OpenType font");
                return null;
            }
        }

        private void readLogo(MapFields section) {
            Path light = logoFile(section, "light", LOGO_FILE + ": the light-coloured logo, for dark backgrounds");
            Path dark = logoFile(section, "dark", LOGO_FILE + ": the dark-coloured logo, for light backgrounds");
            if (light != null && dark != null) {
                logo = new LogoSet(light, dark);
            }
        }

        private Path logoFile(MapFields section, String key, String expected) {
            Optional<KitFile> file = file(section, key, expected, LOGO_EXTENSIONS);
            if (file.isEmpty()) {
                return null;
            }
            Optional<String> problem = logoCheck.problemWith(file.get().path());
            problem.ifPresent(p -> report(file.get(), p));
            return problem.isPresent() ? null : file.get().path();
        }

        /** Reports a problem with a file the kit names, at the field that names it. */
        private void report(KitFile file, String problem) {
            reader.report(file.node(), file.field(), "\"" + file.written() + "\" " + problem);
        }

        private void readLogoRules(MapFields section) {
            List<Corner> corners = section.required("corners", "a list of corners in order of preference, such as "
                            + "[top-right, top-left]")
                    .flatMap(node -> corners(node, section.path("corners")))
                    .orElse(null);
            BigDecimal minWidth = section.required("minWidthPercent",
                            "the logo's least width in % of the canvas width: " + MIN_WIDTH_PERCENT.describe())
                    .flatMap(node -> reader.number(node, section.path("minWidthPercent"), MIN_WIDTH_PERCENT))
                    .orElse(null);
            BigDecimal clearSpace = section.required("clearSpacePercent",
                            "the space kept free around the logo in % of its width: " + CLEAR_SPACE_PERCENT.describe())
                    .flatMap(node -> reader.number(node, section.path("clearSpacePercent"), CLEAR_SPACE_PERCENT))
                    .orElse(null);
            if (corners != null && minWidth != null && clearSpace != null) {
                logoRules = new LogoRules(corners, minWidth.doubleValue(), clearSpace.doubleValue());
            }
        }

        private Optional<List<Corner>> corners(DocNode node, FieldPath path) {
            Optional<List<DocNode>> items = reader.list(node, path);
            if (items.isEmpty()) {
                return Optional.empty();
            }
            List<String> labels = Arrays.stream(Corner.values()).map(Corner::label).toList();
            String choices = "one of " + String.join(", ", labels);
            if (items.get().isEmpty()) {
                reader.report(node, path, "no corners (at least " + choices + ")");
                return Optional.empty();
            }
            List<Corner> corners = new ArrayList<>();
            Map<Corner, Location> firstSeen = new EnumMap<>(Corner.class);
            for (int i = 0; i < items.get().size(); i++) {
                DocNode item = items.get().get(i);
                FieldPath itemPath = path.index(i);
                Optional<String> label = reader.text(item, itemPath, "a corner: " + choices);
                if (label.isEmpty()) {
                    continue;
                }
                Optional<Corner> corner = Corner.fromLabel(label.get());
                if (corner.isEmpty()) {
                    String hint = NearestName.among(label.get(), labels).map(n -> "did you mean \"" + n + "\"?")
                            .orElse(choices);
                    reader.report(item, itemPath, "\"" + label.get() + "\" is not a corner (" + hint + ")");
                    continue;
                }
                Location first = firstSeen.putIfAbsent(corner.get(), item.location());
                if (first != null) {
                    reader.report(item, itemPath, "duplicate corner \"" + label.get()
                            + "\" (first given at line " + first.line() + ")");
                    continue;
                }
                corners.add(corner.get());
            }
            return corners.size() == items.get().size() ? Optional.of(corners) : Optional.empty();
        }

        private void readTextRules(MapFields section) {
            Integer minFontPx = section.required("minFontPx",
                            "the smallest text size in px on a 1080 px wide canvas: a whole number, "
                                    + MIN_FONT_PX.describe())
                    .flatMap(node -> reader.wholeNumber(node, section.path("minFontPx"), MIN_FONT_PX))
                    .orElse(null);
            Integer maxLines = section.required("maxLines",
                            "the most lines the message may wrap to: " + MAX_LINES.describe())
                    .flatMap(node -> reader.wholeNumber(node, section.path("maxLines"), MAX_LINES))
                    .orElse(null);
            if (minFontPx != null && maxLines != null) {
                textRules = new TextRules(minFontPx, maxLines);
            }
        }

        private void readLegal(MapFields section) {
            List<String> prohibited = section.required("prohibited",
                            "a list of words and phrases copy must not contain, [] for none")
                    .flatMap(node -> prohibited(node, section.path("prohibited")))
                    .orElse(null);
            Map<String, String> disclaimers = section.required("disclaimers",
                            "a map of region code to the disclaimer required there, {} for none")
                    .flatMap(node -> disclaimers(node, section.path("disclaimers")))
                    .orElse(null);
            if (prohibited != null && disclaimers != null) {
                legal = new LegalRules(prohibited, disclaimers);
            }
        }

        private Optional<List<String>> prohibited(DocNode node, FieldPath path) {
            Optional<List<DocNode>> items = reader.list(node, path);
            if (items.isEmpty()) {
                return Optional.empty();
            }
            List<String> phrases = new ArrayList<>();
            Map<String, Location> firstSeen = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 0; i < items.get().size(); i++) {
                DocNode item = items.get().get(i);
                FieldPath itemPath = path.index(i);
                Optional<String> phrase = reader.text(item, itemPath, "a word or phrase copy must not contain");
                if (phrase.isEmpty()) {
                    continue;
                }
                // Matching ignores case, so "Cure" and "cure" are the same rule.
                Location first = firstSeen.putIfAbsent(phrase.get(), item.location());
                if (first != null) {
                    reader.report(item, itemPath, "duplicate phrase \"" + phrase.get()
                            + "\" (first given at line " + first.line() + "; phrases ignore case)");
                    continue;
                }
                phrases.add(phrase.get());
            }
            return phrases.size() == items.get().size() ? Optional.of(phrases) : Optional.empty();
        }

        private Optional<Map<String, String>> disclaimers(DocNode node, FieldPath path) {
            Optional<DocNode.MapNode> map = reader.map(node, path);
            if (map.isEmpty()) {
                return Optional.empty();
            }
            Map<String, String> disclaimers = new LinkedHashMap<>();
            boolean valid = true;
            for (DocNode.Entry entry : map.get().entries().values()) {
                String region = entry.key();
                FieldPath regionPath = path.field(region);
                if (!REGIONS.contains(region) && !isLocaleOfARegion(region)) {
                    reader.report(entry.keyLocation(), regionPath,
                            "\"" + region + "\" is not an ISO 3166-1 alpha-2 region code" + regionHint(region));
                    valid = false;
                }
                Optional<String> text = reader.text(entry.value(), regionPath, "the disclaimer required in " + region);
                if (text.isEmpty()) {
                    valid = false;
                } else {
                    disclaimers.put(region, text.get());
                }
            }
            return valid ? Optional.of(disclaimers) : Optional.empty();
        }

        /** A translation of a market's disclaimer is keyed by its locale, e.g. {@code es-US} beside {@code US}. */
        private static boolean isLocaleOfARegion(String key) {
            try {
                Locale locale = new Locale.Builder().setLanguageTag(key).build();
                return !locale.getLanguage().isEmpty() && REGIONS.contains(locale.getCountry())
                        && locale.toLanguageTag().equals(key);
            } catch (java.util.IllformedLocaleException e) {
                return false;
            }
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
            return " (e.g. US, GB, DE, or a locale of a region such as es-US for a translation)";
        }
    }
}

package org.creativeautomation.engine.brief;

import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.document.DocNode;
import org.creativeautomation.engine.document.DocumentReader;
import org.creativeautomation.engine.document.FieldPath;
import org.creativeautomation.engine.document.FieldReader;
import org.creativeautomation.engine.document.IdSyntax;
import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.Location;
import org.creativeautomation.engine.document.MapFields;
import org.creativeautomation.engine.document.NumberRange;
import org.creativeautomation.engine.document.Problem;
import org.creativeautomation.engine.document.Problems;
import org.creativeautomation.engine.localize.market.MarketProfile;
import org.creativeautomation.engine.localize.market.MarketProfiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a campaign brief (YAML or JSON, by extension) and validates all of it, so that a person
 * fixing a brief sees every problem in one go rather than one per run.
 */
public final class BriefParser {
    private static final Logger log = LoggerFactory.getLogger(BriefParser.class);

    static final List<String> BRIEF_FIELDS = List.of(
            "campaign", "name", "brand", "market", "markets", "audience", "message", "cta", "disclaimer", "ratios",
            "products", "budget");
    static final List<String> MARKET_FIELDS = List.of("region", "locales");
    static final List<String> PRODUCT_FIELDS = List.of("id", "name", "description", "assets");
    static final List<String> BUDGET_FIELDS = List.of("maxUsd");

    private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());
    private static final String RATIO_CHOICES = "one of " + String.join(", ", Ratio.labels());

    private final DocumentReader documents = new DocumentReader();
    private final MarketProfiles profiles;

    /** A parser that takes default locales and ratios from the market data the studio ships. */
    public BriefParser() {
        this(MarketProfiles.shipped());
    }

    /** @param profiles the market data that gives a market without locales its locales, and ratios their default */
    public BriefParser(MarketProfiles profiles) {
        this.profiles = profiles;
    }

    /**
     * Parses and validates the brief.
     *
     * @param briefFile the brief; problems name it exactly as given, and asset paths in it are
     *                  resolved against its folder
     * @throws BriefException with every problem found, in document order
     */
    public Brief parse(Path briefFile) {
        Problems problems = new Problems();
        DocNode root;
        try {
            root = documents.read(briefFile, problems);
        } catch (InvalidDocumentException e) {
            throw BriefException.of(e);
        }
        return parse(briefFile, root, problems);
    }

    /**
     * Parses and validates a brief's text as it would be if saved as {@code briefFile} (an editor's
     * unsaved text): problems name that file, and asset paths resolve against its folder.
     *
     * @throws BriefException with every problem found, in document order
     */
    public Brief parse(Path briefFile, String text) {
        Problems problems = new Problems();
        DocNode root;
        try {
            DocumentReader.Format format = DocumentReader.formatOf(briefFile);
            if (format == null) {
                throw new InvalidDocumentException(List.of(new Problem(null, null,
                        briefFile + ": unsupported file type (expected .yaml, .yml or .json)")));
            }
            // Editors on Windows save a byte-order mark; it is not content.
            root = documents.parse(briefFile, text.startsWith("\uFEFF") ? text.substring(1) : text, format, problems);
        } catch (InvalidDocumentException e) {
            throw BriefException.of(e);
        }
        return parse(briefFile, root, problems);
    }

    private Brief parse(Path briefFile, DocNode root, Problems problems) {
        FieldReader reader = new FieldReader(problems);
        Optional<Brief> brief = reader.fields(root, FieldPath.ROOT, BRIEF_FIELDS)
                .flatMap(fields -> readBrief(briefFile, fields, reader));
        problems.throwIfAny(BriefException::new);
        Brief parsed = brief.orElseThrow(() -> new IllegalStateException("brief " + briefFile
                + " was not built although no problem was reported"));
        log.debug("Parsed brief {}: campaign {}, {} products, {} locales, {} ratios", briefFile,
                parsed.campaign(), parsed.products().size(), parsed.locales().size(), parsed.ratios().size());
        return parsed;
    }

    // Every field is read before any result is combined, so each one reports its problems.
    private Optional<Brief> readBrief(Path briefFile, MapFields fields, FieldReader reader) {
        Optional<String> campaign = fields.required("campaign", "a campaign id: " + IdSyntax.RULE)
                .flatMap(node -> reader.id(node, fields.path("campaign")));
        Optional<String> name = fields.optional("name").flatMap(node -> reader.string(node, fields.path("name")));
        Optional<String> brand = fields.required("brand", "a brand kit id: " + IdSyntax.RULE)
                .flatMap(node -> reader.id(node, fields.path("brand")));
        List<MarketParts> markets = markets(fields, reader);
        List<String> locales = allLocales(markets, fields, reader);
        Optional<String> audience = fields.required("audience", "a description of the people the campaign is for")
                .flatMap(node -> reader.text(node, fields.path("audience"), "a description of the audience"));

        LocalizedTextReader texts = new LocalizedTextReader(reader, locales);
        Optional<LocalizedText> message = fields.required("message", "the campaign message: one text, or one per locale")
                .flatMap(node -> texts.read(node, fields.path("message"), "message"));
        Optional<LocalizedText> cta = fields.optional("cta")
                .flatMap(node -> texts.read(node, fields.path("cta"), "call to action"));
        Optional<LocalizedText> disclaimer = fields.optional("disclaimer")
                .flatMap(node -> texts.read(node, fields.path("disclaimer"), "disclaimer"));
        Optional<List<Ratio>> ratios = fields.optional("ratios")
                .map(node -> ratios(node, fields.path("ratios"), reader))
                .orElse(Optional.of(defaultRatios(markets)));
        Optional<List<Product>> products = fields.required("products", "a list of products, each with an id and a name")
                .flatMap(node -> products(node, fields.path("products"), new AssetResolver(briefFile, reader), reader));
        Optional<CampaignBudget> budget = fields.optional("budget")
                .flatMap(node -> budget(node, fields.path("budget"), reader));

        if (reader.problems().isEmpty()) {
            return Optional.of(new Brief(briefFile, campaign.orElseThrow(), name.orElse(null), brand.orElseThrow(),
                    markets.stream().map(m -> new Market(m.region(), m.locales())).toList(),
                    audience.orElseThrow(), message.orElseThrow(), cta.orElse(null), disclaimer.orElse(null),
                    ratios.orElseThrow(), products.orElseThrow(), budget.orElse(null)));
        }
        return Optional.empty();
    }

    /**
     * A market's fields, read apart so that the rest of the brief can use the locales even when
     * the region is wrong.
     *
     * @param region  null when missing or invalid
     * @param locales empty when missing or invalid (a valid list is never empty)
     * @param path    where the market stands in the brief, for messages
     * @param at      where its locales are written (the market itself when they come from the market data)
     */
    private record MarketParts(String region, List<String> locales, FieldPath path, Location at) {
    }

    /**
     * {@code market: {region, locales}}, or {@code markets:} a list of them; empty when neither is
     * usable (the problem is reported).
     */
    private List<MarketParts> markets(MapFields fields, FieldReader reader) {
        Optional<DocNode> single = fields.optional("market");
        Optional<DocNode> several = fields.optional("markets");
        if (single.isPresent() && several.isPresent()) {
            reader.report(several.get(), fields.path("markets"), "give market or markets, not both (markets is a "
                    + "list of markets such as [{region: US}, {region: DE}])");
            return List.of();
        }
        if (several.isPresent()) {
            FieldPath path = fields.path("markets");
            Optional<List<DocNode>> items = reader.list(several.get(), path);
            if (items.isPresent() && items.get().isEmpty()) {
                reader.report(several.get(), path, "no markets (at least one, such as {region: US, locales: [en-US]})");
            }
            List<MarketParts> markets = new ArrayList<>();
            items.ifPresent(list -> {
                for (int i = 0; i < list.size(); i++) {
                    market(list.get(i), path.index(i), reader).ifPresent(markets::add);
                }
            });
            return markets.size() == items.map(List::size).orElse(-1) ? markets : List.of();
        }
        return fields.required("market", "where the campaign runs: a map with region and locales, or markets: a "
                        + "list of them")
                .flatMap(node -> market(node, fields.path("market"), reader))
                .map(List::of)
                .orElse(List.of());
    }

    private Optional<MarketParts> market(DocNode node, FieldPath path, FieldReader reader) {
        return reader.fields(node, path, MARKET_FIELDS).flatMap(fields -> {
            Optional<String> region = fields.required("region", "an ISO 3166-1 alpha-2 country code such as US")
                    .flatMap(code -> region(code, fields.path("region"), reader));
            Optional<List<String>> locales = fields.optional("locales")
                    .map(list -> locales(list, fields.path("locales"), reader))
                    .orElseGet(() -> region.map(code -> defaultLocales(code, fields, reader)).orElse(Optional.empty()));
            Location at = fields.optional("locales").map(DocNode::location).orElse(node.location());
            return locales.map(tags -> new MarketParts(region.orElse(null), tags, path, at));
        });
    }

    /** The region's locales from the market data, for a market that lists none. */
    private Optional<List<String>> defaultLocales(String region, MapFields fields, FieldReader reader) {
        Optional<MarketProfile> profile = profiles.forRegion(region);
        if (profile.isEmpty()) {
            reader.report(fields.location(), fields.path("locales"), "required field is missing (the market data "
                    + "has no default locales for " + region + "; list them, such as [en-US], the default first)");
            return Optional.empty();
        }
        return Optional.of(profile.get().locales());
    }

    /**
     * Every market's locales, in order; a locale may belong to one market only, since its creatives
     * are checked against that market's rules.
     */
    private static List<String> allLocales(List<MarketParts> markets, MapFields fields, FieldReader reader) {
        Map<String, MarketParts> owner = new HashMap<>();
        List<String> all = new ArrayList<>();
        boolean valid = true;
        for (MarketParts market : markets) {
            for (String tag : market.locales()) {
                MarketParts first = owner.putIfAbsent(tag.toLowerCase(Locale.ROOT), market);
                if (first != null) {
                    reader.report(market.at(), market.path().field("locales"), "locale " + tag
                            + " is already in " + first.path().text() + " (a locale belongs to one market)");
                    valid = false;
                } else {
                    all.add(tag);
                }
            }
        }
        return valid ? all : List.of();
    }

    /**
     * The ratios of the markets' ad platforms, in the engine's order; all of them when the market
     * data does not know a region.
     */
    private List<Ratio> defaultRatios(List<MarketParts> markets) {
        Set<Ratio> used = new LinkedHashSet<>();
        for (MarketParts market : markets) {
            Optional<MarketProfile> profile = profiles.forRegion(market.region());
            if (profile.isEmpty()) {
                return List.of(Ratio.values());
            }
            used.addAll(profile.get().ratios());
        }
        return java.util.Arrays.stream(Ratio.values()).filter(used::contains).toList();
    }

    private Optional<String> region(DocNode node, FieldPath path, FieldReader reader) {
        return reader.string(node, path).filter(code -> {
            if (REGIONS.contains(code)) {
                return true;
            }
            String upper = code.toUpperCase(Locale.ROOT);
            String hint = REGIONS.contains(upper) ? "did you mean \"" + upper + "\"?" : "two capital letters such as US";
            reader.report(node, path, "\"" + code + "\" is not an ISO 3166-1 alpha-2 country code (" + hint + ")");
            return false;
        });
    }

    /** The locale tags as written, or empty when any of them is invalid. */
    private Optional<List<String>> locales(DocNode node, FieldPath path, FieldReader reader) {
        Optional<List<DocNode>> items = reader.list(node, path);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().isEmpty()) {
            reader.report(node, path, "no locales (at least one BCP 47 tag such as en-US, the default first)");
            return Optional.empty();
        }
        List<String> tags = new ArrayList<>();
        Map<String, Location> firstSeen = new HashMap<>();
        boolean valid = true;
        for (int i = 0; i < items.get().size(); i++) {
            DocNode item = items.get().get(i);
            FieldPath itemPath = path.index(i);
            Optional<String> tag = reader.string(item, itemPath).filter(t -> isLanguageTag(t, item, itemPath, reader));
            if (tag.isEmpty()) {
                valid = false;
                continue;
            }
            // BCP 47 tags ignore case, so en-us repeats en-US.
            Location first = firstSeen.putIfAbsent(tag.get().toLowerCase(Locale.ROOT), item.location());
            if (first != null) {
                reader.report(item, itemPath, "duplicate locale \"" + tag.get() + "\" (first given at line " + first.line() + ")");
                valid = false;
                continue;
            }
            tags.add(tag.get());
        }
        return valid ? Optional.of(tags) : Optional.empty();
    }

    private static boolean isLanguageTag(String tag, DocNode node, FieldPath path, FieldReader reader) {
        try {
            // The builder is strict where Locale.forLanguageTag silently drops what it cannot parse.
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (!locale.getLanguage().isEmpty()) {
                return true;
            }
        } catch (IllformedLocaleException e) {
            // reported below, like a tag without a language
        }
        reader.report(node, path, "\"" + tag + "\" is not a valid locale (a BCP 47 tag such as en-US)");
        return false;
    }

    private Optional<List<Ratio>> ratios(DocNode node, FieldPath path, FieldReader reader) {
        Optional<List<DocNode>> items = reader.list(node, path);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().isEmpty()) {
            reader.report(node, path, "no ratios (" + RATIO_CHOICES + "; leave the field out for all of them)");
            return Optional.empty();
        }
        List<Ratio> ratios = new ArrayList<>();
        Map<Ratio, Location> firstSeen = new EnumMap<>(Ratio.class);
        for (int i = 0; i < items.get().size(); i++) {
            DocNode item = items.get().get(i);
            FieldPath itemPath = path.index(i);
            Optional<String> label = reader.string(item, itemPath);
            Optional<Ratio> ratio = label.flatMap(Ratio::fromLabel);
            if (label.isPresent() && ratio.isEmpty()) {
                reader.report(item, itemPath, "\"" + label.get() + "\" is not a supported ratio (" + RATIO_CHOICES + ")");
            }
            if (ratio.isEmpty()) {
                continue;
            }
            Location first = firstSeen.putIfAbsent(ratio.get(), item.location());
            if (first != null) {
                reader.report(item, itemPath, "duplicate ratio \"" + label.get() + "\" (first given at line " + first.line() + ")");
                continue;
            }
            ratios.add(ratio.get());
        }
        return ratios.size() == items.get().size() ? Optional.of(ratios) : Optional.empty();
    }

    /** {@code budget: {maxUsd: N}}: US dollars the campaign may spend on image generation, 0 or more. */
    private static Optional<CampaignBudget> budget(DocNode node, FieldPath path, FieldReader reader) {
        return reader.fields(node, path, BUDGET_FIELDS)
                .flatMap(fields -> fields.required("maxUsd", "the US dollars the campaign may spend on image "
                                + "generation, such as 25 or 2.50")
                        .flatMap(max -> reader.number(max, fields.path("maxUsd"), NumberRange.atLeast(0))))
                .map(CampaignBudget::new);
    }

    private Optional<List<Product>> products(DocNode node, FieldPath path, AssetResolver assets, FieldReader reader) {
        Optional<List<DocNode>> items = reader.list(node, path);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().isEmpty()) {
            reader.report(node, path, "no products (at least one product with an id and a name)");
            return Optional.empty();
        }
        List<Product> products = new ArrayList<>();
        Map<String, Location> firstSeen = new HashMap<>();
        for (int i = 0; i < items.get().size(); i++) {
            FieldPath itemPath = path.index(i);
            reader.fields(items.get().get(i), itemPath, PRODUCT_FIELDS)
                    .flatMap(fields -> product(fields, firstSeen, assets, reader))
                    .ifPresent(products::add);
        }
        return products.size() == items.get().size() ? Optional.of(products) : Optional.empty();
    }

    private Optional<Product> product(MapFields fields, Map<String, Location> firstSeenIds, AssetResolver assets,
                                      FieldReader reader) {
        Optional<String> id = fields.required("id", "a product id: " + IdSyntax.RULE)
                .flatMap(node -> uniqueProductId(node, fields.path("id"), firstSeenIds, reader));
        Optional<String> name = fields.required("name", "the product's name as shown to people")
                .flatMap(node -> reader.text(node, fields.path("name"), "the product's name as shown to people"));
        Optional<String> description = fields.optional("description")
                .flatMap(node -> reader.string(node, fields.path("description")));
        Optional<List<Path>> assetPaths = fields.optional("assets")
                .map(node -> assetPaths(node, fields.path("assets"), assets, reader))
                .orElse(Optional.of(List.of()));
        if (id.isPresent() && name.isPresent() && assetPaths.isPresent()) {
            return Optional.of(new Product(id.get(), name.get(), description.orElse(null), assetPaths.get()));
        }
        return Optional.empty();
    }

    private static Optional<String> uniqueProductId(DocNode node, FieldPath path, Map<String, Location> firstSeenIds,
                                                    FieldReader reader) {
        return reader.id(node, path).filter(id -> {
            Location first = firstSeenIds.putIfAbsent(id, node.location());
            if (first != null) {
                reader.report(node, path, "duplicate product id \"" + id + "\" (first given at line " + first.line() + ")");
            }
            return first == null;
        });
    }

    private Optional<List<Path>> assetPaths(DocNode node, FieldPath path, AssetResolver assets, FieldReader reader) {
        Optional<List<DocNode>> items = reader.list(node, path);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<Path> resolved = new ArrayList<>();
        for (int i = 0; i < items.get().size(); i++) {
            assets.resolve(items.get().get(i), path.index(i)).ifPresent(resolved::add);
        }
        return resolved.size() == items.get().size() ? Optional.of(resolved) : Optional.empty();
    }
}

package org.creativeautomation.engine.localize.market;

import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.compose.TextDirection;
import org.creativeautomation.engine.document.DocNode;
import org.creativeautomation.engine.document.DocumentReader;
import org.creativeautomation.engine.document.FieldPath;
import org.creativeautomation.engine.document.FieldReader;
import org.creativeautomation.engine.document.IdSyntax;
import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.MapFields;
import org.creativeautomation.engine.document.NearestName;
import org.creativeautomation.engine.document.Problems;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a market data file into {@link MarketProfiles}; every problem is reported at once. */
final class MarketProfilesReader {
    private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());
    private static final List<String> ROOT_FIELDS = List.of("platforms", "regions");
    private static final List<String> PLATFORM_FIELDS = List.of("name", "ratios");
    private static final List<String> REGION_FIELDS = List.of("locales", "currency", "prices", "numbers", "dates",
            "direction", "platforms");

    private final DocumentReader documents = new DocumentReader();

    MarketProfiles read(Path file) {
        Problems problems = new Problems();
        DocNode root;
        try {
            root = documents.read(file, problems);
        } catch (InvalidDocumentException e) {
            throw new MarketDataException(e.problems());
        }
        return read(root, problems);
    }

    /** Reads a class path resource; its locations name the resource path. */
    MarketProfiles readResource(String resource) {
        Problems problems = new Problems();
        DocNode root;
        try {
            root = documents.readResource(MarketProfilesReader.class, resource, problems);
        } catch (InvalidDocumentException e) {
            throw new MarketDataException(e.problems());
        }
        return read(root, problems);
    }

    private MarketProfiles read(DocNode root, Problems problems) {
        FieldReader reader = new FieldReader(problems);
        Map<String, Platform> platforms = new LinkedHashMap<>();
        Map<String, MarketProfile> regions = new LinkedHashMap<>();
        reader.fields(root, FieldPath.ROOT, ROOT_FIELDS).ifPresent(top -> {
            top.required("platforms", "a map of platform ids to their name and ratios")
                    .flatMap(node -> reader.map(node, top.path("platforms")))
                    .ifPresent(map -> readPlatforms(map, top.path("platforms"), reader, platforms));
            top.required("regions", "a map of region codes to what campaigns there need")
                    .flatMap(node -> reader.map(node, top.path("regions")))
                    .ifPresent(map -> readRegions(map, top.path("regions"), reader, platforms, regions));
        });
        problems.throwIfAny(MarketDataException::new);
        return new MarketProfiles(regions, platforms);
    }

    private static void readPlatforms(DocNode.MapNode map, FieldPath path, FieldReader reader,
                                      Map<String, Platform> out) {
        for (DocNode.Entry entry : map.entries().values()) {
            FieldPath at = path.field(entry.key());
            if (!IdSyntax.isValid(entry.key())) {
                reader.report(entry.keyLocation(), at, IdSyntax.notValid(entry.key()));
                continue;
            }
            reader.fields(entry.value(), at, PLATFORM_FIELDS).ifPresent(fields -> {
                Optional<String> name = fields.required("name", "the platform's name as people know it")
                        .flatMap(node -> reader.text(node, fields.path("name"), "the platform's name"));
                List<Ratio> ratios = fields.required("ratios", "the ratios its placements take, such as [\"1:1\"]")
                        .map(node -> ratios(node, fields.path("ratios"), reader)).orElse(List.of());
                if (name.isPresent() && !ratios.isEmpty()) {
                    out.put(entry.key(), new Platform(entry.key(), name.get(), ratios));
                }
            });
        }
    }

    private static List<Ratio> ratios(DocNode node, FieldPath path, FieldReader reader) {
        List<Ratio> ratios = new ArrayList<>();
        reader.list(node, path).ifPresent(items -> {
            if (items.isEmpty()) {
                reader.report(node, path, "no ratios (at least one of " + String.join(", ", Ratio.labels()) + ")");
            }
            for (int i = 0; i < items.size(); i++) {
                FieldPath at = path.index(i);
                DocNode item = items.get(i);
                reader.string(item, at).ifPresent(label -> Ratio.fromLabel(label).ifPresentOrElse(ratios::add,
                        () -> reader.report(item, at, "\"" + label + "\" is not a supported ratio (one of "
                                + String.join(", ", Ratio.labels()) + ")")));
            }
        });
        return ratios;
    }

    private static void readRegions(DocNode.MapNode map, FieldPath path, FieldReader reader,
                                    Map<String, Platform> platforms, Map<String, MarketProfile> out) {
        for (DocNode.Entry entry : map.entries().values()) {
            String region = entry.key();
            FieldPath at = path.field(region);
            if (!REGIONS.contains(region)) {
                reader.report(entry.keyLocation(), at,
                        "\"" + region + "\" is not a region (an ISO 3166-1 alpha-2 code in capitals, such as DE)");
                continue;
            }
            reader.fields(entry.value(), at, REGION_FIELDS)
                    .flatMap(fields -> region(region, fields, reader, platforms))
                    .ifPresent(profile -> out.put(region, profile));
        }
    }

    private static Optional<MarketProfile> region(String region, MapFields fields, FieldReader reader,
                                                  Map<String, Platform> platforms) {
        List<String> locales = fields.required("locales", "the locales campaigns there speak, default first")
                .map(node -> locales(node, fields.path("locales"), reader)).orElse(List.of());
        Optional<String> currency = fields.required("currency", "an ISO 4217 code such as EUR")
                .flatMap(node -> currency(node, fields.path("currency"), reader));
        Optional<String> prices = fields.required("prices", "how a price of 12345.67 is written there")
                .flatMap(node -> reader.text(node, fields.path("prices"), "how a price of 12345.67 is written"));
        Optional<String> numbers = fields.required("numbers", "how 12345.67 is written there")
                .flatMap(node -> sample(node, fields.path("numbers"), reader));
        Optional<String> dates = fields.required("dates", "a date pattern such as dd.MM.yyyy")
                .flatMap(node -> datePattern(node, fields.path("dates"), reader));
        Optional<TextDirection> direction = fields.required("direction", "ltr or rtl")
                .flatMap(node -> direction(node, fields.path("direction"), reader));
        List<Platform> used = fields.required("platforms", "the ad platforms that matter there")
                .map(node -> platforms(node, fields.path("platforms"), reader, platforms)).orElse(List.of());
        if (locales.isEmpty() || currency.isEmpty() || prices.isEmpty() || numbers.isEmpty() || dates.isEmpty()
                || direction.isEmpty() || used.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MarketProfile(region, locales, currency.get(), prices.get(), numbers.get(), dates.get(),
                direction.get(), used));
    }

    private static List<String> locales(DocNode node, FieldPath path, FieldReader reader) {
        List<String> tags = new ArrayList<>();
        reader.list(node, path).ifPresent(items -> {
            if (items.isEmpty()) {
                reader.report(node, path, "no locales (at least one BCP 47 tag such as de-DE)");
            }
            for (int i = 0; i < items.size(); i++) {
                FieldPath at = path.index(i);
                DocNode item = items.get(i);
                reader.string(item, at).ifPresent(tag -> {
                    if (isLanguageTag(tag)) {
                        tags.add(tag);
                    } else {
                        reader.report(item, at, "\"" + tag + "\" is not a valid locale (a BCP 47 tag such as de-DE)");
                    }
                });
            }
        });
        return tags;
    }

    private static boolean isLanguageTag(String tag) {
        try {
            return !new Locale.Builder().setLanguageTag(tag).build().getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    private static Optional<String> currency(DocNode node, FieldPath path, FieldReader reader) {
        return reader.string(node, path).filter(code -> {
            try {
                Currency.getInstance(code);
                return true;
            } catch (IllegalArgumentException e) {
                reader.report(node, path, "\"" + code + "\" is not an ISO 4217 currency code (such as EUR)");
                return false;
            }
        });
    }

    /** A written number: it must show the digits of 12345.67 (any separators, or rounded to 12346). */
    private static Optional<String> sample(DocNode node, FieldPath path, FieldReader reader) {
        return reader.text(node, path, "how 12345.67 is written").filter(text -> {
            String digits = text.replaceAll("\\D", "");
            if (digits.equals("1234567") || digits.equals("12346")) {
                return true;
            }
            reader.report(node, path, "\"" + text + "\" does not write the number 12345.67 (e.g. 12.345,67)");
            return false;
        });
    }

    private static Optional<String> datePattern(DocNode node, FieldPath path, FieldReader reader) {
        return reader.text(node, path, "a date pattern such as dd.MM.yyyy").filter(pattern -> {
            try {
                DateTimeFormatter.ofPattern(pattern);
                if (pattern.contains("d") && pattern.contains("M") && pattern.contains("y")) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            reader.report(node, path, "\"" + pattern + "\" is not a date pattern with day, month and year "
                    + "(d, M and y, e.g. dd.MM.yyyy)");
            return false;
        });
    }

    private static Optional<TextDirection> direction(DocNode node, FieldPath path, FieldReader reader) {
        return reader.string(node, path).flatMap(text -> switch (text) {
            case "ltr" -> Optional.of(TextDirection.LEFT_TO_RIGHT);
            case "rtl" -> Optional.of(TextDirection.RIGHT_TO_LEFT);
            default -> {
                reader.report(node, path, "\"" + text + "\" is not a reading direction (ltr or rtl)");
                yield Optional.empty();
            }
        });
    }

    private static List<Platform> platforms(DocNode node, FieldPath path, FieldReader reader,
                                            Map<String, Platform> known) {
        List<Platform> used = new ArrayList<>();
        reader.list(node, path).ifPresent(items -> {
            if (items.isEmpty()) {
                reader.report(node, path, "no platforms (at least one of " + String.join(", ", known.keySet()) + ")");
            }
            for (int i = 0; i < items.size(); i++) {
                FieldPath at = path.index(i);
                DocNode item = items.get(i);
                reader.string(item, at).ifPresent(id -> {
                    Platform platform = known.get(id);
                    if (platform != null) {
                        used.add(platform);
                    } else {
                        String hint = NearestName.among(id, known.keySet()).map(n -> "did you mean \"" + n + "\"?")
                                .orElse("known: " + String.join(", ", known.keySet()));
                        reader.report(item, at, "\"" + id + "\" is not a platform of this file (" + hint + ")");
                    }
                });
            }
        });
        return used;
    }
}

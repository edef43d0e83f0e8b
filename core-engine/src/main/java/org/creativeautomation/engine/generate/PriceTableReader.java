package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.document.DocNode;
import org.creativeautomation.engine.document.DocumentReader;
import org.creativeautomation.engine.document.FieldPath;
import org.creativeautomation.engine.document.FieldReader;
import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.MapFields;
import org.creativeautomation.engine.document.NumberRange;
import org.creativeautomation.engine.document.Problems;
import org.creativeautomation.engine.spi.ImageSize;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and checks a prices file ({@code prices.yaml}); every problem is reported with its place. */
final class PriceTableReader {
    private static final List<String> ROOT_FIELDS = List.of("asOf", "currency", "providers");
    private static final List<String> PROVIDER_FIELDS = List.of("source", "free", "perImage", "models", "unpriced");
    private static final List<String> PRICINGS = List.of("free", "perImage", "models", "unpriced");
    private static final List<String> MODEL_FIELDS = List.of("perImage", "defaultQuality", "sizes");
    private static final Pattern SIZE = Pattern.compile("([1-9][0-9]{0,4})x([1-9][0-9]{0,4})");
    private static final NumberRange PRICE = NumberRange.atLeast(0);

    private final DocumentReader documents = new DocumentReader();

    PriceTable read(Path file) {
        Problems problems = new Problems();
        DocNode root;
        try {
            root = documents.read(file, problems);
        } catch (InvalidDocumentException e) {
            throw new PriceTableException(e.problems());
        }
        return read(root, problems);
    }

    /** Reads a class path resource; its locations name the resource path. */
    PriceTable readResource(String resource) {
        Problems problems = new Problems();
        DocNode root;
        try {
            root = documents.readResource(PriceTableReader.class, resource, problems);
        } catch (InvalidDocumentException e) {
            throw new PriceTableException(e.problems());
        }
        return read(root, problems);
    }

    private PriceTable read(DocNode root, Problems problems) {
        FieldReader reader = new FieldReader(problems, FieldReader.TextScalars.STRINGS_ONLY);
        Map<String, ProviderPrices> providers = new LinkedHashMap<>();
        reader.fields(root, FieldPath.ROOT, ROOT_FIELDS).ifPresent(top -> {
            Optional<LocalDate> asOf = top.required("asOf", "the date the prices were read, as YYYY-MM-DD")
                    .flatMap(node -> date(node, top.path("asOf"), reader));
            top.required("currency", "USD").flatMap(node -> reader.string(node, top.path("currency")))
                    .filter(currency -> !currency.equals("USD"))
                    .ifPresent(currency -> reader.report(top.location(), top.path("currency"),
                            "\"" + currency + "\" is not supported (prices are in USD)"));
            top.required("providers", "a map of provider ids to their prices")
                    .flatMap(node -> reader.map(node, top.path("providers")))
                    .ifPresent(map -> {
                        for (DocNode.Entry entry : map.entries().values()) {
                            FieldPath at = top.path("providers").field(entry.key());
                            reader.fields(entry.value(), at, PROVIDER_FIELDS)
                                    .flatMap(fields -> provider(fields, asOf.orElse(null), reader))
                                    .ifPresent(prices -> providers.put(entry.key(), prices));
                        }
                    });
        });
        problems.throwIfAny(PriceTableException::new);
        return new PriceTable(providers);
    }

    private static Optional<LocalDate> date(DocNode node, FieldPath path, FieldReader reader) {
        return reader.string(node, path).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                reader.report(node, path, "\"" + text + "\" is not a date (expected YYYY-MM-DD, such as 2026-11-25)");
                return Optional.empty();
            }
        });
    }

    private static Optional<ProviderPrices> provider(MapFields fields, LocalDate asOf, FieldReader reader) {
        Optional<String> source = fields.required("source", "where the prices were read (a URL or a contract)")
                .flatMap(node -> reader.text(node, fields.path("source"), "where the prices were read"));
        List<String> given = PRICINGS.stream().filter(name -> fields.optional(name).isPresent()).toList();
        if (given.size() != 1) {
            reader.report(fields.location(), fields.path(), given.isEmpty()
                    ? "no prices (expected one of: free: true, perImage: N, models: {...}, unpriced: \"why\")"
                    : "both " + String.join(" and ", given) + " (expected exactly one of them)");
            return Optional.empty();
        }
        String kind = given.get(0);
        DocNode node = fields.optional(kind).orElseThrow();
        FieldPath path = fields.path(kind);
        Optional<ProviderPrices.Pricing> pricing = switch (kind) {
            case "free" -> free(node, path, reader);
            case "perImage" -> reader.number(node, path, PRICE).map(n -> new ProviderPrices.PerImage(Usd.of(n)));
            case "unpriced" -> reader.text(node, path, "why no price can be stated").map(ProviderPrices.Unpriced::new);
            default -> models(node, path, reader);
        };
        if (source.isEmpty() || pricing.isEmpty() || asOf == null) {
            return Optional.empty();
        }
        return Optional.of(new ProviderPrices(asOf, source.get(), pricing.get()));
    }

    private static Optional<ProviderPrices.Pricing> free(DocNode node, FieldPath path, FieldReader reader) {
        if (node instanceof DocNode.ScalarNode scalar && scalar.kind() == DocNode.ScalarKind.BOOLEAN
                && scalar.text().equals("true")) {
            return Optional.of(new ProviderPrices.Free());
        }
        reader.report(node, path, "expected true (leave the field out for a provider that charges)");
        return Optional.empty();
    }

    private static Optional<ProviderPrices.Pricing> models(DocNode node, FieldPath path, FieldReader reader) {
        Optional<DocNode.MapNode> map = reader.map(node, path);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        if (map.get().entries().isEmpty()) {
            reader.report(node, path, "no models (at least one model with its prices)");
            return Optional.empty();
        }
        Map<String, ModelPrices> models = new LinkedHashMap<>();
        boolean valid = true;
        for (DocNode.Entry entry : map.get().entries().values()) {
            Optional<ModelPrices> model = reader.fields(entry.value(), path.field(entry.key()), MODEL_FIELDS)
                    .flatMap(fields -> model(fields, reader));
            model.ifPresent(prices -> models.put(entry.key(), prices));
            valid &= model.isPresent();
        }
        return valid ? Optional.of(new ProviderPrices.ByModel(models)) : Optional.empty();
    }

    private static Optional<ModelPrices> model(MapFields fields, FieldReader reader) {
        Optional<DocNode> perImage = fields.optional("perImage");
        Optional<DocNode> sizes = fields.optional("sizes");
        if (perImage.isPresent() == sizes.isPresent()) {
            reader.report(fields.location(), fields.path(), perImage.isPresent()
                    ? "both perImage and sizes (expected one of them)"
                    : "no prices (expected perImage: N, or sizes: {WxH: {quality: N}} with defaultQuality)");
            return Optional.empty();
        }
        if (perImage.isPresent()) {
            if (fields.optional("defaultQuality").isPresent()) {
                reader.report(fields.location(), fields.path("defaultQuality"),
                        "only applies to prices by size (this model has one price per image)");
                return Optional.empty();
            }
            return reader.number(perImage.get(), fields.path("perImage"), PRICE).map(n -> ModelPrices.perImage(Usd.of(n)));
        }
        Optional<String> defaultQuality = fields.required("defaultQuality",
                        "the quality the provider uses when a request names none, such as high")
                .flatMap(node -> reader.text(node, fields.path("defaultQuality"), "a quality such as high"));
        Optional<Map<ImageSize, Map<String, Usd>>> bySize = sizes(sizes.get(), fields.path("sizes"), reader);
        if (defaultQuality.isEmpty() || bySize.isEmpty()) {
            return Optional.empty();
        }
        boolean everySizeHasDefault = true;
        for (Map.Entry<ImageSize, Map<String, Usd>> size : bySize.get().entrySet()) {
            if (!size.getValue().containsKey(defaultQuality.get())) {
                reader.report(fields.location(), fields.path("sizes").field(size.getKey().width() + "x"
                        + size.getKey().height()), "no price for the default quality \"" + defaultQuality.get() + "\"");
                everySizeHasDefault = false;
            }
        }
        return everySizeHasDefault ? Optional.of(new ModelPrices(null, defaultQuality.get(), bySize.get()))
                : Optional.empty();
    }

    private static Optional<Map<ImageSize, Map<String, Usd>>> sizes(DocNode node, FieldPath path, FieldReader reader) {
        Optional<DocNode.MapNode> map = reader.map(node, path);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        Map<ImageSize, Map<String, Usd>> sizes = new LinkedHashMap<>();
        boolean valid = !map.get().entries().isEmpty();
        if (!valid) {
            reader.report(node, path, "no sizes (at least one size such as 1024x1024 with its prices)");
        }
        for (DocNode.Entry entry : map.get().entries().values()) {
            FieldPath at = path.field(entry.key());
            Matcher size = SIZE.matcher(entry.key());
            if (!size.matches()) {
                reader.report(entry.keyLocation(), at, "\"" + entry.key()
                        + "\" is not a size (expected WIDTHxHEIGHT in pixels, such as 1024x1024)");
                valid = false;
                continue;
            }
            Optional<DocNode.MapNode> qualities = reader.map(entry.value(), at);
            if (qualities.isEmpty()) {
                valid = false;
                continue;
            }
            Map<String, Usd> byQuality = new LinkedHashMap<>();
            for (DocNode.Entry quality : qualities.get().entries().values()) {
                Optional<Usd> price = reader.number(quality.value(), at.field(quality.key()), PRICE).map(Usd::of);
                price.ifPresent(p -> byQuality.put(quality.key(), p));
                valid &= price.isPresent();
            }
            sizes.put(new ImageSize(Integer.parseInt(size.group(1)), Integer.parseInt(size.group(2))), byQuality);
        }
        return valid ? Optional.of(sizes) : Optional.empty();
    }
}

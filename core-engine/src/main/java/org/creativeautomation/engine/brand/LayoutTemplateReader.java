package org.creativeautomation.engine.brand;

import org.creativeautomation.engine.document.DocNode;
import org.creativeautomation.engine.document.FieldPath;
import org.creativeautomation.engine.document.FieldReader;
import org.creativeautomation.engine.document.Location;
import org.creativeautomation.engine.document.MapFields;
import org.creativeautomation.engine.document.NearestName;
import org.creativeautomation.engine.document.NumberRange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads layout templates: a map of ratio label to template. The engine's defaults state every
 * field; a kit's {@code templates:} section states only what it changes, field by field, and the
 * rest comes from the defaults. Problems are reported at their line and field like every other
 * part of a kit.
 */
final class LayoutTemplateReader {
    static final List<String> TEMPLATE_FIELDS = List.of("safeZone", "zones", "marginPercent", "extension");
    static final List<String> SAFE_ZONE_FIELDS = List.of("top", "bottom", "left", "right");
    /** Past this, a platform band would swallow the creative; no platform covers as much. */
    static final NumberRange SAFE_SIDE = new NumberRange(BigDecimal.ZERO, true, new BigDecimal("0.4"), true);
    /** What two opposite safe bands may cover together and still leave room for text. */
    private static final double MAX_OPPOSITE_SIDES = 0.6;
    static final NumberRange MARGIN_PERCENT = NumberRange.between(0, 20);

    private final FieldReader reader;

    LayoutTemplateReader(FieldReader reader) {
        this.reader = reader;
    }

    /**
     * The templates in {@code node}, each over its ratio's template in {@code base}; with a null
     * base, {@code node} is the defaults: its keys name the ratios and every field is required.
     * Empty when anything was reported.
     */
    Optional<LayoutTemplates> read(DocNode node, FieldPath path, LayoutTemplates base) {
        Optional<DocNode.MapNode> map = reader.map(node, path);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        Map<String, LayoutTemplate> templates = new LinkedHashMap<>(base == null ? Map.of() : base.byRatio());
        Map<String, Location> firstSeen = new LinkedHashMap<>();
        boolean valid = true;
        for (DocNode.Entry entry : map.get().entries().values()) {
            FieldPath ratioPath = path.field(entry.key());
            String label = entry.key();
            if (base != null) {
                Optional<String> known = base.labelOf(entry.key());
                if (known.isEmpty()) {
                    reader.report(entry.keyLocation(), ratioPath, "\"" + entry.key()
                            + "\" is not a ratio the studio makes (" + choices(base.ratios()) + ")");
                    valid = false;
                    continue;
                }
                label = known.get();
            }
            Location first = firstSeen.putIfAbsent(label, entry.keyLocation());
            if (first != null) {
                reader.report(entry.keyLocation(), ratioPath, "a second template for " + label
                        + " (first given at line " + first.line() + ")");
                valid = false;
                continue;
            }
            Optional<LayoutTemplate> template = template(entry.value(), ratioPath,
                    base == null ? null : base.forRatio(label));
            if (template.isEmpty()) {
                valid = false;
            } else {
                templates.put(label, template.get());
            }
        }
        if (base == null && templates.isEmpty()) {
            reader.report(node, path, "no templates (expected one per ratio)");
            valid = false;
        }
        return valid ? Optional.of(new LayoutTemplates(templates)) : Optional.empty();
    }

    private Optional<LayoutTemplate> template(DocNode node, FieldPath path, LayoutTemplate base) {
        Optional<MapFields> fields = reader.fields(node, path, TEMPLATE_FIELDS);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        MapFields t = fields.get();
        boolean required = base == null;
        SafeArea safeZone = value(field(t, "safeZone", "the share of each edge the platform covers: "
                        + String.join(", ", SAFE_ZONE_FIELDS), required),
                n -> safeArea(n, t.path("safeZone"), base == null ? null : base.safeZone()),
                base == null ? null : base.safeZone());
        List<TextZone> zones = value(field(t, "zones", "text zones in order of preference, such as [bottom, top]",
                        required),
                n -> zones(n, t.path("zones")), base == null ? null : base.zones());
        Double margin = value(field(t, "marginPercent", "the margin in % of the canvas's shorter side: "
                        + MARGIN_PERCENT.describe(), required),
                n -> reader.number(n, t.path("marginPercent"), MARGIN_PERCENT).map(BigDecimal::doubleValue),
                base == null ? null : base.marginPercent());
        ExtensionStyle extension = value(field(t, "extension", "how to extend the canvas when the product "
                        + "cannot fit uncut: " + choices(labels(ExtensionStyle.values(), ExtensionStyle::label)), required),
                n -> label(n, t.path("extension"), "an extension style", ExtensionStyle.values(), ExtensionStyle::label),
                base == null ? null : base.extension());
        if (safeZone == null || zones == null || margin == null || extension == null) {
            return Optional.empty();
        }
        return Optional.of(new LayoutTemplate(safeZone, zones, margin, extension));
    }

    /**
     * The value a field states, read by {@code parse}; {@code inherited} when the field is absent.
     * Null when the field is invalid or required and missing (both already reported).
     */
    private static <T> T value(Optional<DocNode> node, Function<DocNode, Optional<T>> parse, T inherited) {
        return node.isEmpty() ? inherited : parse.apply(node.get()).orElse(null);
    }

    /** A required field when reading the defaults; an optional one when reading a kit's changes. */
    private Optional<DocNode> field(MapFields fields, String key, String expected, boolean required) {
        return required ? fields.required(key, expected) : fields.optional(key);
    }

    private Optional<SafeArea> safeArea(DocNode node, FieldPath path, SafeArea base) {
        Optional<MapFields> fields = reader.fields(node, path, SAFE_ZONE_FIELDS);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        MapFields s = fields.get();
        Double top = side(s, "top", "the share of the height the platform covers at the top", base, SafeArea::top);
        Double bottom = side(s, "bottom", "the share of the height covered at the bottom", base, SafeArea::bottom);
        Double left = side(s, "left", "the share of the width covered on the left", base, SafeArea::left);
        Double right = side(s, "right", "the share of the width covered on the right", base, SafeArea::right);
        if (top == null || bottom == null || left == null || right == null) {
            return Optional.empty();
        }
        boolean valid = true;
        if (top + bottom > MAX_OPPOSITE_SIDES) {
            reader.report(node, path, "top and bottom cover " + percent(top + bottom)
                    + " of the height together, which leaves too little for text (at most " + percent(MAX_OPPOSITE_SIDES) + ")");
            valid = false;
        }
        if (left + right > MAX_OPPOSITE_SIDES) {
            reader.report(node, path, "left and right cover " + percent(left + right)
                    + " of the width together, which leaves too little for text (at most " + percent(MAX_OPPOSITE_SIDES) + ")");
            valid = false;
        }
        return valid ? Optional.of(new SafeArea(top, bottom, left, right)) : Optional.empty();
    }

    private Double side(MapFields fields, String key, String expected, SafeArea base, Function<SafeArea, Double> inBase) {
        String what = expected + ", a fraction " + SAFE_SIDE.describe();
        Optional<DocNode> node = field(fields, key, what, base == null);
        if (node.isEmpty()) {
            return base == null ? null : inBase.apply(base);
        }
        return reader.number(node.get(), fields.path(key), SAFE_SIDE).map(BigDecimal::doubleValue).orElse(null);
    }

    private Optional<List<TextZone>> zones(DocNode node, FieldPath path) {
        Optional<List<DocNode>> items = reader.list(node, path);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        String choices = "one of " + choices(labels(TextZone.values(), TextZone::label));
        if (items.get().isEmpty()) {
            reader.report(node, path, "no zones (at least " + choices + ")");
            return Optional.empty();
        }
        List<TextZone> zones = new ArrayList<>();
        Map<TextZone, Location> firstSeen = new EnumMap<>(TextZone.class);
        for (int i = 0; i < items.get().size(); i++) {
            DocNode item = items.get().get(i);
            FieldPath itemPath = path.index(i);
            Optional<TextZone> zone = label(item, itemPath, "a text zone", TextZone.values(), TextZone::label);
            if (zone.isEmpty()) {
                continue;
            }
            Location first = firstSeen.putIfAbsent(zone.get(), item.location());
            if (first != null) {
                reader.report(item, itemPath, "duplicate zone \"" + zone.get().label() + "\" (first given at line "
                        + first.line() + ")");
                continue;
            }
            zones.add(zone.get());
        }
        return zones.size() == items.get().size() ? Optional.of(zones) : Optional.empty();
    }

    /** One of an enum's values by its label, with the nearest label suggested for a misspelling. */
    private <E> Optional<E> label(DocNode node, FieldPath path, String what, E[] values, Function<E, String> labelOf) {
        List<String> labels = labels(values, labelOf);
        Optional<String> text = reader.text(node, path, what + ": one of " + choices(labels));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> value = Arrays.stream(values).filter(v -> labelOf.apply(v).equals(text.get())).findFirst();
        if (value.isEmpty()) {
            String hint = NearestName.among(text.get(), labels).map(n -> "did you mean \"" + n + "\"?")
                    .orElse("one of " + choices(labels));
            reader.report(node, path, "\"" + text.get() + "\" is not " + what + " (" + hint + ")");
        }
        return value;
    }

    private static <E> List<String> labels(E[] values, Function<E, String> labelOf) {
        return Arrays.stream(values).map(labelOf).toList();
    }

    /** "a, b or c". */
    private static String choices(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }
}

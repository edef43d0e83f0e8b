package org.creativeautomation.engine.brief;

import org.creativeautomation.engine.compose.Ratio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A brief as a person is editing it: every field as written, nothing validated, so that a half-typed
 * brief can still be shown in a form. {@link BriefParser} decides whether it is a usable brief;
 * {@link BriefDraftReader} and {@link BriefYamlWriter} turn it from and into the brief's YAML.
 * Absent text is "", absent lists and maps are empty; texts given once for every locale are held
 * per locale.
 *
 * @param message    text per locale tag, in the order written
 * @param ratios     ratio labels as written ({@code 1:1}); a brief that names none means all of them
 * @param maxUsd     the budget's {@code maxUsd} as written, "" when the brief has no budget
 */
public record BriefDraft(
        String campaign,
        String name,
        String brand,
        String region,
        List<String> locales,
        String audience,
        Map<String, String> message,
        Map<String, String> cta,
        Map<String, String> disclaimer,
        List<String> ratios,
        List<DraftProduct> products,
        String maxUsd) {

    private static final Pattern PER_LOCALE = Pattern.compile("(message|cta|disclaimer)\\.(.+)");
    private static final Pattern PRODUCT_FIELD = Pattern.compile("products\\[(\\d+)]\\.(id|name|description)");

    public BriefDraft {
        campaign = orEmpty(campaign);
        name = orEmpty(name);
        brand = orEmpty(brand);
        region = orEmpty(region);
        locales = List.copyOf(locales);
        audience = orEmpty(audience);
        message = copy(message);
        cta = copy(cta);
        disclaimer = copy(disclaimer);
        ratios = List.copyOf(ratios);
        products = List.copyOf(products);
        maxUsd = orEmpty(maxUsd);
    }

    /** The start of a new campaign: one locale, every ratio, one product, the rest to fill in. */
    public static BriefDraft starter(String campaign, String name, String brand, String region, String locale) {
        return new BriefDraft(campaign, name, brand, region, List.of(locale), "", Map.of(locale, ""), Map.of(),
                Map.of(), Ratio.labels(), List.of(DraftProduct.blank()), "");
    }

    /**
     * The draft with one text field set, named by its field path as problems name it:
     * {@code campaign}, {@code name}, {@code brand}, {@code market.region}, {@code audience},
     * {@code message.en-US} (also {@code cta.}, {@code disclaimer.}), {@code products[0].name}
     * (also {@code .id}, {@code .description}) and {@code budget.maxUsd}.
     *
     * @throws IllegalArgumentException for any other path
     */
    public BriefDraft withText(String fieldPath, String value) {
        String text = orEmpty(value);
        switch (fieldPath) {
            case "campaign":
                return new BriefDraft(text, name, brand, region, locales, audience, message, cta, disclaimer, ratios,
                        products, maxUsd);
            case "name":
                return new BriefDraft(campaign, text, brand, region, locales, audience, message, cta, disclaimer,
                        ratios, products, maxUsd);
            case "brand":
                return new BriefDraft(campaign, name, text, region, locales, audience, message, cta, disclaimer,
                        ratios, products, maxUsd);
            case "market.region":
                return new BriefDraft(campaign, name, brand, text, locales, audience, message, cta, disclaimer,
                        ratios, products, maxUsd);
            case "audience":
                return new BriefDraft(campaign, name, brand, region, locales, text, message, cta, disclaimer, ratios,
                        products, maxUsd);
            case "budget.maxUsd":
                return new BriefDraft(campaign, name, brand, region, locales, audience, message, cta, disclaimer,
                        ratios, products, text);
            default:
                return withNestedText(fieldPath, text);
        }
    }

    private BriefDraft withNestedText(String fieldPath, String text) {
        Matcher perLocale = PER_LOCALE.matcher(fieldPath);
        if (perLocale.matches()) {
            String locale = perLocale.group(2);
            return switch (perLocale.group(1)) {
                case "message" -> new BriefDraft(campaign, name, brand, region, locales, audience,
                        put(message, locale, text), cta, disclaimer, ratios, products, maxUsd);
                case "cta" -> new BriefDraft(campaign, name, brand, region, locales, audience, message,
                        put(cta, locale, text), disclaimer, ratios, products, maxUsd);
                default -> new BriefDraft(campaign, name, brand, region, locales, audience, message, cta,
                        put(disclaimer, locale, text), ratios, products, maxUsd);
            };
        }
        Matcher productField = PRODUCT_FIELD.matcher(fieldPath);
        if (productField.matches()) {
            int index = Integer.parseInt(productField.group(1));
            if (index >= products.size()) {
                throw new IllegalArgumentException("no product " + index + " in the brief: " + fieldPath);
            }
            DraftProduct product = products.get(index);
            DraftProduct changed = switch (productField.group(2)) {
                case "id" -> product.withId(text);
                case "name" -> product.withName(text);
                default -> product.withDescription(text);
            };
            return withProduct(index, changed);
        }
        throw new IllegalArgumentException("not a text field of a brief: " + fieldPath);
    }

    /** The text at a field path {@link #withText} accepts; "" when the draft has none there. */
    public String text(String fieldPath) {
        switch (fieldPath) {
            case "campaign":
                return campaign;
            case "name":
                return name;
            case "brand":
                return brand;
            case "market.region":
                return region;
            case "audience":
                return audience;
            case "budget.maxUsd":
                return maxUsd;
            default:
                break;
        }
        Matcher perLocale = PER_LOCALE.matcher(fieldPath);
        if (perLocale.matches()) {
            Map<String, String> texts = switch (perLocale.group(1)) {
                case "message" -> message;
                case "cta" -> cta;
                default -> disclaimer;
            };
            return texts.getOrDefault(perLocale.group(2), "");
        }
        Matcher productField = PRODUCT_FIELD.matcher(fieldPath);
        if (productField.matches()) {
            int index = Integer.parseInt(productField.group(1));
            if (index >= products.size()) {
                return "";
            }
            DraftProduct product = products.get(index);
            return switch (productField.group(2)) {
                case "id" -> product.id();
                case "name" -> product.name();
                default -> product.description();
            };
        }
        throw new IllegalArgumentException("not a text field of a brief: " + fieldPath);
    }

    /**
     * The draft with other locales. The texts follow their locale: a locale renamed in place (same
     * position, same number of locales) keeps its texts, a new one starts empty, a removed one's go.
     */
    public BriefDraft withLocales(List<String> newLocales) {
        List<String> tags = List.copyOf(newLocales);
        return new BriefDraft(campaign, name, brand, region, tags, audience, follow(message, tags),
                follow(cta, tags), follow(disclaimer, tags), ratios, products, maxUsd);
    }

    private Map<String, String> follow(Map<String, String> texts, List<String> tags) {
        if (texts.isEmpty()) {
            return texts; // an optional text nobody has written yet stays absent
        }
        boolean renamedInPlace = tags.size() == locales.size();
        Map<String, String> moved = new LinkedHashMap<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (texts.containsKey(tag)) {
                moved.put(tag, texts.get(tag));
            } else if (renamedInPlace && texts.containsKey(locales.get(i))) {
                moved.put(tag, texts.get(locales.get(i)));
            } else {
                moved.put(tag, "");
            }
        }
        return moved;
    }

    /** The draft with these ratio labels, put in the studio's ratio order. */
    public BriefDraft withRatios(List<String> labels) {
        List<String> ordered = new ArrayList<>();
        for (String label : Ratio.labels()) {
            if (labels.contains(label)) {
                ordered.add(label);
            }
        }
        labels.stream().filter(l -> !ordered.contains(l)).forEach(ordered::add);
        return new BriefDraft(campaign, name, brand, region, locales, audience, message, cta, disclaimer, ordered,
                products, maxUsd);
    }

    public BriefDraft withProducts(List<DraftProduct> value) {
        return new BriefDraft(campaign, name, brand, region, locales, audience, message, cta, disclaimer, ratios,
                value, maxUsd);
    }

    public BriefDraft withProduct(int index, DraftProduct product) {
        List<DraftProduct> changed = new ArrayList<>(products);
        changed.set(index, Objects.requireNonNull(product, "product"));
        return withProducts(changed);
    }

    private static Map<String, String> put(Map<String, String> texts, String locale, String text) {
        Map<String, String> changed = new LinkedHashMap<>(texts);
        changed.put(locale, text);
        return changed;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Map<String, String> copy(Map<String, String> texts) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }
}

package org.creativeautomation.engine.comply.legal;

import org.creativeautomation.engine.brand.BrandKit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Combines a kit's legal rules ({@code brand.yaml}'s {@code legal} section and its optional
 * {@code legal.yaml}) with the market rules of a region. The result is kept per kit version and
 * region, so the checks of a campaign read each kit's {@code legal.yaml} and compile its phrases once.
 */
public final class LegalRulebook {
    private final MarketRules market;
    private final KitLegalFileReader kitFileReader = new KitLegalFileReader();
    private final Map<String, KitLegalFile> kitFiles = new ConcurrentHashMap<>();
    private final Map<String, ApplicableRules> rules = new ConcurrentHashMap<>();

    public LegalRulebook(MarketRules market) {
        this.market = market;
    }

    public MarketRules market() {
        return market;
    }

    /** The kit's {@code legal.yaml}, read once per kit version. */
    public KitLegalFile kitFile(BrandKit kit) {
        return kitFiles.computeIfAbsent(kitKey(kit), key -> kitFileReader.read(kit.folder()));
    }

    /** The rules for the kit's creatives in {@code region} (an ISO 3166-1 alpha-2 code; null when unknown). */
    public ApplicableRules rulesFor(BrandKit kit, String region) {
        return rules.computeIfAbsent(kitKey(kit) + "|" + region, key -> resolve(kit, region));
    }

    private ApplicableRules resolve(BrandKit kit, String region) {
        KitLegalFile kitFile = kitFile(kit);
        RegionRules regionRules = market.rulesFor(region);
        String marketName = "the market rules for " + regionRules.region();

        Map<String, String> sources = new LinkedHashMap<>();
        kit.legal().prohibited().forEach(p -> sources.putIfAbsent(p, "the brand kit"));
        regionRules.prohibitedFor(kitFile.categories()).forEach(p -> sources.putIfAbsent(p, marketName));

        List<RequiredDisclaimer> disclaimers = new ArrayList<>();
        // The market's disclaimer and its translations (keyed by locale, e.g. es-US) are alternatives.
        List<String> kitWordings = region == null ? List.of() : kit.legal().disclaimers().entrySet().stream()
                .filter(e -> e.getKey().equals(region.toUpperCase(Locale.ROOT))
                        || e.getKey().endsWith("-" + region.toUpperCase(Locale.ROOT)))
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .filter(text -> !text.isBlank())
                .toList();
        if (!kitWordings.isEmpty()) {
            disclaimers.add(new RequiredDisclaimer(kitWordings, "the brand kit's disclaimer for " + region));
        }
        disclaimers.addAll(regionRules.disclaimersFor(kitFile.categories()));
        return new ApplicableRules(region, sources, new PhraseMatcher(sources.keySet()), disclaimers,
                kitFile.trademarks());
    }

    /** A kit version: its folder and content hash (an edited kit is another version). */
    private static String kitKey(BrandKit kit) {
        return kit.folder() + "|" + kit.contentHash();
    }
}

package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.brief.Product;
import org.creativeautomation.engine.comply.ComplianceChecker;
import org.creativeautomation.engine.comply.CreativeCompliance;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.HeroFacts;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.creativeautomation.engine.compose.CreativePreview;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.LayoutRequest;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.generate.PromptBuilder;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A campaign's creatives drawn while a person edits its brief: the layout is solved as a run solves
 * it and drawn by the run's renderer, at a preview's size or at the export's own size (then the
 * pixels are those a run writes), and the run's checks judge the export-size drawing. Heroes are
 * resolved once per input file or generation prompt and kept while they are in use. Thread-safe;
 * meant to run off the UI thread.
 */
public final class CampaignPreview {
    /** Heroes kept: the products of a campaign or two being edited. */
    private static final int HEROES_KEPT = 8;

    private final HeroResolver heroes;
    private final ComplianceChecker checker;
    private final CreativePreview preview = new CreativePreview();
    private final PromptBuilder prompts = new PromptBuilder();
    private final Map<String, Hero> kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Hero> eldest) {
            return size() > HEROES_KEPT;
        }
    });

    public CampaignPreview(HeroResolver heroes, ComplianceChecker checker) {
        this.heroes = heroes;
        this.checker = checker;
    }

    /**
     * One creative with its long side at most {@code longSide} pixels.
     *
     * @throws IllegalArgumentException when the campaign has no such product or locale
     */
    public CreativePreview.Frame render(Campaign campaign, String productId, Ratio ratio, String locale, int longSide) {
        Product product = product(campaign.brief(), productId);
        Hero hero = hero(campaign, product);
        LayoutRequest request = new LayoutRequest(ratio, copy(campaign.brief(), locale), hero.pixels().get(),
                hero.subject().get(), campaign.kit().kit(), campaign.kit().faces(), campaign.kit().logos());
        return preview.render(request, longSide);
    }

    /** One creative at the export's size: the very pixels a run of this brief writes. */
    public CreativePreview.Frame renderAtExportSize(Campaign campaign, String productId, Ratio ratio, String locale) {
        return render(campaign, productId, ratio, locale, Math.max(ratio.width(), ratio.height()));
    }

    /**
     * The run's checks on an export-size drawing; finding boxes are in its pixels.
     *
     * @param exportFrame from {@link #renderAtExportSize} for the same campaign, product and locale
     */
    public CreativeCompliance check(Campaign campaign, String productId, String locale,
                                    CreativePreview.Frame exportFrame) {
        if (exportFrame.scale() != 1.0) {
            throw new IllegalArgumentException("checks judge the export's pixels; this frame is drawn at scale "
                    + exportFrame.scale());
        }
        Product product = product(campaign.brief(), productId);
        Hero hero = hero(campaign, product);
        BufferedImage heroPixels = hero.pixels().get();
        Layout layout = exportFrame.layout();
        HeroFacts facts = new HeroFacts(heroPixels.getWidth(), heroPixels.getHeight(),
                Math.max(layout.width() / layout.crop().width(), layout.height() / layout.crop().height()),
                hero.info().source() != HeroSource.INPUT);
        return checker.check(new CreativeUnderCheck(exportFrame.image(), layout, copy(campaign.brief(), locale),
                campaign.kit().kit(), campaign.kit().logos(), campaign.brief().market().region(), facts));
    }

    /** The words of one locale, as a run puts them on the creative. */
    private static CreativeCopy copy(Brief brief, String locale) {
        if (!brief.locales().contains(locale)) {
            throw new IllegalArgumentException("the campaign has no locale " + locale + " (it has "
                    + String.join(", ", brief.locales()) + ")");
        }
        return new CreativeCopy(locale, brief.message().forLocale(locale),
                brief.cta() == null ? null : brief.cta().forLocale(locale),
                brief.disclaimer() == null ? null : brief.disclaimer().forLocale(locale));
    }

    private static Product product(Brief brief, String productId) {
        return brief.products().stream().filter(p -> p.id().equals(productId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the campaign has no product " + productId));
    }

    /**
     * The product's hero, resolved as a run resolves it without a paid provider chain: its input
     * asset, else the generation cache, else the offline generator. Kept under what decides its
     * pixels, so that typing in the message never resolves it again.
     */
    private Hero hero(Campaign campaign, Product product) {
        String key = heroKey(campaign, product);
        Hero hero = kept.get(key);
        if (hero == null) {
            hero = heroes.resolve(campaign.brief(), product, campaign.kit());
            kept.put(key, hero);
        }
        return hero;
    }

    private String heroKey(Campaign campaign, Product product) {
        if (!product.assets().isEmpty()) {
            Path asset = product.assets().get(0);
            try {
                return "input|" + asset + "|" + Files.size(asset) + "|" + Files.getLastModifiedTime(asset).toMillis();
            } catch (IOException e) {
                return "input|" + asset;
            }
        }
        return "generated|" + campaign.brief().campaign() + "|" + product.id() + "|"
                + prompts.build(campaign.brief(), product, campaign.kit().kit());
    }
}

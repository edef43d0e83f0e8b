package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.brand.BrandKitLoader;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.creativeautomation.engine.compose.ExtensionFill;
import org.creativeautomation.engine.compose.HeroReach;
import org.creativeautomation.engine.compose.LayoutRequest;
import org.creativeautomation.engine.compose.LayoutSolver;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.asset.IngestLimits;
import org.creativeautomation.engine.comply.moderation.CategoryScore;
import org.creativeautomation.engine.comply.moderation.ImageModerator;
import org.creativeautomation.engine.comply.moderation.ModerationCategory;
import org.creativeautomation.engine.comply.moderation.ModerationResult;
import org.creativeautomation.engine.comply.moderation.Verdict;
import org.creativeautomation.engine.generate.GenerationBudget;
import org.creativeautomation.engine.generate.HeroQualityGate;
import org.creativeautomation.engine.generate.ImageAcceptance;
import org.creativeautomation.engine.generate.OfflineHeroGenerator;
import org.creativeautomation.engine.generate.PriceTable;
import org.creativeautomation.engine.generate.Usd;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ImageCapabilities;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.spi.ProviderException;
import org.creativeautomation.engine.store.BlobStore;
import org.creativeautomation.engine.store.CostEntry;
import org.creativeautomation.engine.store.CostLedger;
import org.creativeautomation.engine.store.GenerationCache;
import org.creativeautomation.engine.store.StudioDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.tuple;

/** Expanding heroes for the ratios that need it, with a provider whose expansions are one known colour. */
class HeroExpansionsTest {
    private static final String CAMPAIGN = "trail-test";
    private static final CreativeCopy COPY = new CreativeCopy("en-US", "Built for every trail", "Shop now", null);
    private static final Box SHOE = new Box(300, 700, 1400, 420);
    private static final int MARGIN = FakeExpandingProvider.MARGIN_COLOUR;

    @TempDir
    Path temp;

    private StudioDatabase database;
    private BlobStore blobs;
    private GenerationCache cache;
    private CostLedger ledger;
    private PriceTable prices;
    private KitResources kit;
    private final LayoutSolver solver = new LayoutSolver();
    private static final BufferedImage PHOTO = widePhoto();
    private final BufferedImage photo = PHOTO;
    private final Hero hero = new Hero("trail-runner",
            new HeroInfo(HeroSource.INPUT, null, null, null, "a".repeat(64)), () -> SHOE, () -> photo);

    @BeforeEach
    void openStore() throws IOException {
        database = StudioDatabase.open(temp.resolve("studio.db"));
        blobs = new BlobStore(temp.resolve("blobs"));
        cache = new GenerationCache(database, blobs);
        ledger = new CostLedger(database);
        Path pricesFile = temp.resolve("prices.yaml");
        Files.writeString(pricesFile, """
                asOf: 2026-11-25
                currency: USD
                providers:
                  fakeexpand:
                    source: the test double's own price
                    perImage: 0.05
                """);
        prices = PriceTable.shippedWithOverrides(pricesFile);
        kit = KitResources.load(new BrandKitLoader().load(kitFolder().resolve("stride-athletics")));
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    /** A studio sweep with a wide red shoe across it, and noise so any changed pixel shows. */
    private static BufferedImage widePhoto() {
        BufferedImage image = new BufferedImage(2000, 2000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(222, 222, 218), 0, 2000, new Color(180, 180, 176)));
        g.fillRect(0, 0, 2000, 2000);
        g.setColor(new Color(220, 70, 30));
        g.fillRoundRect(SHOE.x(), SHOE.y(), SHOE.width(), SHOE.height(), 200, 200);
        g.dispose();
        SplittableRandom random = new SplittableRandom(17);
        for (int y = 0; y < 2000; y++) {
            for (int x = 0; x < 2000; x++) {
                int rgb = image.getRGB(x, y);
                int n = random.nextInt(3) - 1;
                image.setRGB(x, y, rgb + n * 0x010101);
            }
        }
        return image;
    }

    private static Path kitFolder() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("brand-kits"))) {
            dir = dir.getParent();
        }
        return dir.resolve("brand-kits");
    }

    /** One run's expansions: its budget, providers and cache setting, with the shared store. */
    private HeroExpansions run(Usd budget, ImageGenerator... providers) {
        return run(budget, new HeroQualityGate(IngestLimits.defaults()), providers);
    }

    /** One run's expansions, its providers' images judged by {@code gate}. */
    private HeroExpansions run(Usd budget, ImageAcceptance gate, ImageGenerator... providers) {
        GenerationBudget spendable = new GenerationBudget(prices, budget, null, Usd.ZERO);
        RunSpending spending = new RunSpending(CAMPAIGN, spendable, true, ledger,
                Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
        RoutedHeroes routed = new RoutedHeroes(local -> providers.length == 0 ? List.of(local)
                : Stream.concat(Arrays.stream(providers), Stream.of(local)).toList(), new OfflineHeroGenerator(), spending,
                gate);
        return new HeroExpansions(routed, cache, blobs, CAMPAIGN);
    }

    private LayoutRequest request(Ratio ratio) {
        return request(ratio, COPY);
    }

    private LayoutRequest request(Ratio ratio, CreativeCopy copy) {
        return new LayoutRequest(ratio, copy, photo, SHOE, kit.kit(), kit.faces(), kit.logos());
    }

    @Test
    void onlyRatiosWhoseFramingReachesPastThePhotoAreExpanded() {
        FakeExpandingProvider provider = new FakeExpandingProvider();
        HeroExpansions expansions = run(null, provider);
        Set<List<Integer>> margins = new HashSet<>();

        for (Ratio ratio : Ratio.values()) {
            Optional<HeroReach> reach = solver.reach(request(ratio));
            FramedCreative framed = expansions.frame(solver, request(ratio), hero);
            if (reach.isPresent()) {
                margins.add(List.of(reach.get().left(), reach.get().top(), reach.get().right(), reach.get().bottom()));
                assertThat(framed.expansion().source()).as(ratio.label()).isEqualTo(ExpansionInfo.GENERATED);
                assertThat(framed.expansion().provider()).isEqualTo(FakeExpandingProvider.ID);
                assertThat(framed.expansion().model()).isEqualTo(FakeExpandingProvider.MODEL);
                assertThat(framed.layout().extension().fill()).isEqualTo(ExtensionFill.GENERATIVE);
                assertThat(framed.hero().getHeight()).isEqualTo(reach.get().expandedHeight(2000));
            } else {
                assertThat(framed.expansion()).as(ratio.label()).isNull();
                assertThat(framed.hero()).isSameAs(photo);
                assertThat(framed.layout().crop()).isEqualTo(solver.solve(request(ratio)).crop());
            }
        }
        assertThat(solver.reach(request(Ratio.STORY))).as("a wide shoe cannot fill a story uncut").isPresent();
        assertThat(solver.reach(request(Ratio.SQUARE))).as("it fills a square").isEmpty();
        assertThat(provider.calls()).as("one call per distinct set of margins").isEqualTo(margins.size());
    }

    @Test
    void theProviderGetsTheMissingSidesOnlyAtNoMoreThanItsRequestSize() {
        FakeExpandingProvider provider = new FakeExpandingProvider();
        HeroReach reach = solver.reach(request(Ratio.STORY)).orElseThrow();

        run(null, provider).frame(solver, request(Ratio.STORY), hero);

        var sent = provider.received.get(0);
        assertThat(sent.left()).isZero();
        assertThat(sent.right()).isZero();
        assertThat(sent.top()).isPositive();
        assertThat(sent.bottom()).isPositive();
        assertThat(Math.max(sent.expandedWidth(), sent.expandedHeight()))
                .isBetween(HeroExpansions.MAX_REQUEST_SIDE - 2, HeroExpansions.MAX_REQUEST_SIDE);
        double scale = (double) sent.width() / 2000;
        assertThat(sent.top()).isCloseTo((int) Math.round(reach.top() * scale), within(1));
        assertThat(sent.prompt()).contains("Add no new objects");
    }

    @Test
    void everyPixelOfTheOriginalPhotoIsUnchangedInTheExpandedHero() {
        HeroReach reach = solver.reach(request(Ratio.STORY)).orElseThrow();

        BufferedImage expanded = run(null, new FakeExpandingProvider()).frame(solver, request(Ratio.STORY), hero).hero();

        int[] original = photo.getRGB(0, 0, 2000, 2000, null, 0, 2000);
        int[] inPlace = expanded.getRGB(reach.left(), reach.top(), 2000, 2000, null, 0, 2000);
        assertThat(inPlace).isEqualTo(original);
        assertThat(expanded.getRGB(1000, 0) & 0xffffff).as("the model's margin").isEqualTo(MARGIN);
        assertThat(expanded.getRGB(1000, expanded.getHeight() - 1) & 0xffffff).isEqualTo(MARGIN);
    }

    @Test
    void aRerunTakesTheExpansionFromTheCacheWithoutACall() {
        FakeExpandingProvider first = new FakeExpandingProvider();
        BufferedImage made = run(null, first).frame(solver, request(Ratio.STORY), hero).hero();
        FakeExpandingProvider second = new FakeExpandingProvider();

        FramedCreative again = run(null, second).frame(solver, request(Ratio.STORY), hero);

        assertThat(first.calls()).isEqualTo(1);
        assertThat(second.calls()).isZero();
        assertThat(again.expansion().source()).isEqualTo(ExpansionInfo.CACHED);
        assertThat(again.hero().getRGB(0, 0, made.getWidth(), made.getHeight(), null, 0, made.getWidth()))
                .isEqualTo(made.getRGB(0, 0, made.getWidth(), made.getHeight(), null, 0, made.getWidth()));
        List<CostEntry> entries = ledger.entries(CAMPAIGN);
        assertThat(entries).extracting(CostEntry::provider, CostEntry::model, CostEntry::outcome, CostEntry::costMicros)
                .containsExactly(
                        tuple(FakeExpandingProvider.ID, FakeExpandingProvider.MODEL,
                                "succeeded", 50_000L),
                        tuple(FakeExpandingProvider.ID, FakeExpandingProvider.MODEL,
                                CostEntry.CACHE_HIT, 0L));
    }

    @Test
    void theLocalesOfARatioShareOneExpansion() {
        FakeExpandingProvider provider = new FakeExpandingProvider();
        HeroExpansions expansions = run(null, provider);

        expansions.frame(solver, request(Ratio.STORY), hero);
        expansions.frame(solver, request(Ratio.STORY, new CreativeCopy("de-DE", "Gebaut für jeden Trail",
                "Jetzt entdecken", null)), hero);

        assertThat(provider.calls()).isEqualTo(1);
    }

    @Test
    void whenTheBudgetDoesNotCoverItTheComposersExtensionIsUsedAndTheReasonRecorded() {
        FakeExpandingProvider provider = new FakeExpandingProvider();

        FramedCreative framed = run(Usd.of(0.01), provider).frame(solver, request(Ratio.STORY), hero);

        assertThat(provider.calls()).isZero();
        assertThat(framed.hero()).isSameAs(photo);
        assertThat(framed.layout().extension().fill()).isIn(ExtensionFill.BACKDROP, ExtensionFill.BLUR);
        ExpansionInfo expansion = framed.expansion();
        assertThat(expansion.source()).isEqualTo(ExpansionInfo.COMPOSER);
        assertThat(expansion.fill()).isEqualTo(framed.layout().extension().fill().name().toLowerCase(Locale.ROOT));
        assertThat(expansion.reason()).startsWith("over budget: ").contains("fakeexpand (fake-expand-1) would cost $0.05");
        assertThat(expansion.attempts()).extracting(HeroInfo.HeroAttempt::provider, HeroInfo.HeroAttempt::outcome)
                .containsExactly(tuple(FakeExpandingProvider.ID, "over-budget"));
        assertThat(expansion.worthRetrying()).isTrue();
        assertThat(ledger.entries(CAMPAIGN)).as("no call was made").isEmpty();
    }

    @Test
    void whenTheProviderFailsTheComposersExtensionIsUsedAndTheFailureRecorded() {
        FakeExpandingProvider provider = new FakeExpandingProvider()
                .failingWith(new ProviderException(Failure.AUTH, "fakeexpand rejected the key"));

        FramedCreative framed = run(null, provider).frame(solver, request(Ratio.STORY), hero);

        assertThat(provider.calls()).isEqualTo(1);
        assertThat(framed.hero()).isSameAs(photo);
        assertThat(framed.layout().extension().fill()).isNotEqualTo(ExtensionFill.GENERATIVE);
        assertThat(framed.expansion().source()).isEqualTo(ExpansionInfo.COMPOSER);
        assertThat(framed.expansion().reason()).isEqualTo("the expansion failed: fakeexpand rejected the key");
        assertThat(framed.expansion().attempts()).extracting(HeroInfo.HeroAttempt::outcome)
                .containsExactly("failed-over");
        assertThat(ledger.entries(CAMPAIGN)).extracting(CostEntry::outcome, CostEntry::costMicros)
                .containsExactly(tuple("failed-over", 0L));
    }

    @Test
    void anExpansionTheModeratorFlagsIsAskedForAgainThenLeftToTheComposerAndEveryAnswerIsCharged() {
        FakeExpandingProvider provider = new FakeExpandingProvider();
        ImageModerator flagsEverything = new ImageModerator() {
            @Override
            public String name() {
                return "fake";
            }

            @Override
            public ModerationResult moderate(BufferedImage image) {
                return new ModerationResult("fake", List.of(new CategoryScore(ModerationCategory.VIOLENCE, 0.9,
                        Verdict.FLAGGED, "weapon")), Set.of(), "");
            }

            @Override
            public String limits() {
                return "none";
            }
        };

        FramedCreative framed = run(null, new HeroQualityGate(IngestLimits.defaults(), flagsEverything), provider)
                .frame(solver, request(Ratio.STORY), hero);

        assertThat(provider.calls()).isEqualTo(1 + HeroQualityGate.REGENERATIONS);
        assertThat(provider.received).extracting(r -> r.seed()).doesNotHaveDuplicates();
        assertThat(framed.hero()).isSameAs(photo);
        assertThat(framed.layout().extension().fill()).isNotEqualTo(ExtensionFill.GENERATIVE);
        assertThat(framed.expansion().source()).isEqualTo(ExpansionInfo.COMPOSER);
        assertThat(framed.expansion().reason()).contains("flagged violence");
        assertThat(framed.expansion().attempts()).extracting(HeroInfo.HeroAttempt::outcome)
                .containsExactly("rejected: flagged violence", "rejected: flagged violence",
                        "rejected: flagged violence");
        assertThat(ledger.entries(CAMPAIGN)).extracting(CostEntry::outcome, CostEntry::costMicros)
                .containsExactly(tuple("rejected", 50_000L), tuple("rejected", 50_000L), tuple("rejected", 50_000L));
    }

    @Test
    void aRunWithoutAnExpandingProviderSaysSo() {
        ImageGenerator plain = new ImageGenerator() {
            @Override
            public String id() {
                return "plainpaid";
            }

            @Override
            public ImageCapabilities capabilities() {
                return new ImageCapabilities(List.of("m"), List.of(), false, true, 0);
            }

            @Override
            public ImageResult generate(
                    ImageGenerationRequest request) {
                throw new UnsupportedOperationException();
            }
        };

        FramedCreative framed = run(null, plain).frame(solver, request(Ratio.STORY), hero);

        assertThat(framed.expansion().source()).isEqualTo(ExpansionInfo.COMPOSER);
        assertThat(framed.expansion().reason()).isEqualTo("no provider of the run (plainpaid, local) can expand an image");
        assertThat(framed.expansion().worthRetrying()).isFalse();
    }

    @Test
    void aRunWithTheOfflineGeneratorAloneNeverExpandsAndRecordsNothing() {
        HeroExpansions offline = run(null);

        FramedCreative framed = offline.frame(solver, request(Ratio.STORY), hero);

        assertThat(offline.signature()).isNull();
        assertThat(framed.expansion()).isNull();
        assertThat(framed.hero()).isSameAs(photo);
        assertThat(framed.layout().extension()).isEqualTo(solver.solve(request(Ratio.STORY)).extension());
    }

    @Test
    void creativeKeysChangeOnlyForRunsThatMayExpand() {
        assertThat(run(null).signature()).isNull();
        assertThat(run(null, new FakeExpandingProvider()).signature())
                .isEqualTo("expanders:fakeexpand/fake-expand-1");
    }
}

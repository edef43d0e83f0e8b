package org.creativeautomation.engine.comply.quality;

import org.creativeautomation.engine.brand.BrandFonts;
import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.BrandKitLoader;
import org.creativeautomation.engine.brand.Palette;
import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.HeroFacts;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.creativeautomation.engine.compose.CreativeRenderer;
import org.creativeautomation.engine.compose.CropWindow;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.LayoutRequest;
import org.creativeautomation.engine.compose.LayoutSolver;
import org.creativeautomation.engine.compose.LogoImages;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.compose.SubjectEstimator;
import org.creativeautomation.engine.compose.TypeFaces;
import org.creativeautomation.engine.generate.GeneratedImage;
import org.creativeautomation.engine.generate.GenerationRequest;
import org.creativeautomation.engine.generate.HeroSubject;
import org.creativeautomation.engine.generate.OfflineHeroGenerator;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Creatives composed the way the pipeline composes them — the shipped kits, the example photos
 * and offline generated heroes, solved by {@link LayoutSolver} and drawn by {@link CreativeRenderer} —
 * for the quality and predictor tests. Kits, heroes and fonts are loaded once per test run.
 */
public final class ShippedCreatives {
    public static final String ACME = "acme-beverages";
    public static final String STRIDE = "stride-athletics";
    public static final String SPARKLING_WATER = "examples/summer-splash/assets/sparkling-water.jpg";
    public static final String TRAIL_RUNNER = "examples/trail-launch/assets/trail-runner.jpg";
    public static final CreativeCopy SUMMER_COPY = new CreativeCopy("en-US", "Stay fresh all summer", "Shop now",
            "Please recycle. Contains no added sugar.");
    public static final CreativeCopy TRAIL_COPY = new CreativeCopy("en-GB", "Built for every trail", "Discover now",
            null);
    /** The pipeline's size for offline heroes. */
    public static final int GENERATED_SIZE = 2048;

    /** Products without input assets (name, description, kit): one of each packaging shape the generator draws. */
    public static final List<String[]> GENERATED_PRODUCTS = List.of(
            new String[]{"Citrus Cooler", "Refreshing orange and grapefruit juice drink in a glass bottle", ACME},
            new String[]{"Acme Sparkling Water", "Crisp lime-flavoured sparkling water in a 330 ml can", ACME},
            new String[]{"Night Cream", "Face cream", ACME},
            new String[]{"Hydration Vest", "Running vest with two soft flasks, sold in a box", STRIDE},
            new String[]{"Stride Trail Runner", "Lightweight trail running shoe with a grippy outsole", STRIDE},
            new String[]{"Oat Crunch", "Breakfast cereal", STRIDE});

    private static final Map<String, Kit> KITS = new ConcurrentHashMap<>();
    private static final Map<String, Hero> HEROES = new ConcurrentHashMap<>();
    private static final LayoutSolver SOLVER = new LayoutSolver();
    private static final CreativeRenderer RENDERER = new CreativeRenderer();

    private ShippedCreatives() {
    }

    /** A loaded kit with its faces and decoded logos. */
    public record Kit(BrandKit kit, TypeFaces faces, LogoImages logos) {
    }

    /** A hero image, where its product is, and whether a generator made it. */
    public record Hero(String name, BufferedImage image, Box subject, boolean generated) {
    }

    /** A composed creative: its layout, the cropped hero behind it, the final pixels. */
    public record Composed(Kit kit, Hero hero, Layout layout, BufferedImage background, BufferedImage pixels,
                           CreativeCopy copy) {

        public CreativeUnderCheck creative() {
            return new CreativeUnderCheck(pixels, layout, copy, kit.kit(), kit.logos(), null, heroFacts());
        }

        /** The creative as a foreign image: pixels only, as {@code studio check} sees a file. */
        public CreativeUnderCheck foreign() {
            return new CreativeUnderCheck(pixels, null, null, kit.kit(), kit.logos(), null, null);
        }

        public HeroFacts heroFacts() {
            CropWindow crop = layout.crop();
            double upscale = Math.max(layout.width() / crop.width(), layout.height() / crop.height());
            return new HeroFacts(hero.image().getWidth(), hero.image().getHeight(), upscale, hero.generated());
        }

        /** The same layout drawn over another background (e.g. a blurred copy of this one). */
        public Composed withBackground(BufferedImage other) {
            BufferedImage drawn = RENDERER.render(layout, other, kit.faces(), kit.logos());
            return new Composed(kit, hero, layout, other, drawn, copy);
        }

        /** The same layout, changed, drawn over the same background. */
        public Composed withLayout(Layout other) {
            BufferedImage drawn = RENDERER.render(other, background, kit.faces(), kit.logos());
            return new Composed(kit, hero, other, background, drawn, copy);
        }
    }

    public static Kit kit(String id) {
        return KITS.computeIfAbsent(id, ShippedCreatives::loadKit);
    }

    public static Hero example(String relativePath) {
        return HEROES.computeIfAbsent(relativePath, p -> {
            BufferedImage image = read(repositoryRoot().resolve(p));
            return new Hero(Path.of(p).getFileName().toString(), image, new SubjectEstimator().estimate(image), false);
        });
    }

    /** An offline hero for a product, rendered as the pipeline renders it (2048 px square). */
    public static Hero generated(String productName, String description, String kitId, long seed) {
        return HEROES.computeIfAbsent("generated:" + productName + ":" + kitId + ":" + seed, k -> {
            Kit kit = kit(kitId);
            OfflineHeroGenerator generator = new OfflineHeroGenerator();
            GenerationRequest request = generator.request("hero of " + productName, GENERATED_SIZE, GENERATED_SIZE,
                    seed);
            GeneratedImage image = generator.generate(request,
                    new HeroSubject(productName, description, kit.kit().colors(), kit.faces().headline()));
            String[] box = image.metadata().get(GeneratedImage.SUBJECT_BOX).split(",");
            Box subject = new Box(Integer.parseInt(box[0]), Integer.parseInt(box[1]), Integer.parseInt(box[2]),
                    Integer.parseInt(box[3]));
            return new Hero(productName, image.image(), subject, true);
        });
    }

    /** A hero made from another image (a blurred or shrunken copy), keeping the product's box in proportion. */
    public static Hero derived(Hero from, String name, BufferedImage image) {
        double sx = (double) image.getWidth() / from.image().getWidth();
        double sy = (double) image.getHeight() / from.image().getHeight();
        Box s = from.subject();
        Box subject = new Box((int) Math.round(s.x() * sx), (int) Math.round(s.y() * sy),
                Math.max(1, (int) Math.round(s.width() * sx)), Math.max(1, (int) Math.round(s.height() * sy)));
        return new Hero(name, image, subject, from.generated());
    }

    public static Composed compose(String kitId, Ratio ratio, Hero hero, CreativeCopy copy) {
        return compose(kit(kitId), ratio, hero, copy);
    }

    public static Composed compose(Kit kit, Ratio ratio, Hero hero, CreativeCopy copy) {
        Layout layout = SOLVER.solve(new LayoutRequest(ratio, copy, hero.image(), hero.subject(), kit.kit(),
                kit.faces(), kit.logos()));
        BufferedImage background = RENDERER.background(hero.image(), layout);
        BufferedImage pixels = RENDERER.render(layout, background, kit.faces(), kit.logos());
        return new Composed(kit, hero, layout, background, pixels, copy);
    }

    /**
     * The creatives every quality check must leave alone, composed one at a time as the stream is
     * read: both example photos with their kits, and offline heroes of one product per packaging
     * shape for each seed, every ratio.
     */
    public static Stream<Composed> compliant(long... seeds) {
        Stream<Composed> examples = Arrays.stream(Ratio.values()).flatMap(ratio -> Stream.of(
                compose(ACME, ratio, example(SPARKLING_WATER), SUMMER_COPY),
                compose(STRIDE, ratio, example(TRAIL_RUNNER), TRAIL_COPY)));
        Stream<Composed> generated = Arrays.stream(seeds).boxed().flatMap(seed -> GENERATED_PRODUCTS.stream()
                .flatMap(product -> Arrays.stream(Ratio.values()).map(ratio -> compose(product[2], ratio,
                        generated(product[0], product[1], product[2], seed),
                        product[2].equals(ACME) ? SUMMER_COPY : TRAIL_COPY))));
        return Stream.concat(examples, generated);
    }

    /** A shipped kit with another background colour (what shows through a transparent hero). */
    public static Kit withBackground(String kitId, RgbColor background) {
        Kit kit = kit(kitId);
        BrandKit k = kit.kit();
        Palette p = k.colors();
        Palette palette = new Palette(p.primary(), p.secondary(), p.accent(), p.textOnDark(), p.textOnLight(),
                background);
        BrandKit changed = new BrandKit(k.id(), k.name(), k.version(), k.folder(), palette, k.fonts(), k.logo(),
                k.logoRules(), k.textRules(), k.legal(), k.contentHash());
        return new Kit(changed, kit.faces(), kit.logos());
    }

    /** {@code brand-kits/}'s parent, found by walking up from the working directory (Maven runs in the module). */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("brand-kits"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no brand-kits/ folder above " + Path.of("").toAbsolutePath());
    }

    private static Kit loadKit(String id) {
        BrandKit kit = new BrandKitLoader().load(repositoryRoot().resolve("brand-kits").resolve(id));
        BrandFonts fonts = BrandFonts.of(kit);
        TypeFaces faces = new TypeFaces(fonts.headline(1f), fonts.body(1f));
        LogoImages logos = new LogoImages(read(kit.logo().light()), read(kit.logo().dark()));
        return new Kit(kit, faces, logos);
    }

    private static BufferedImage read(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new IllegalStateException(file + " is not an image ImageIO reads");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.creativeautomation.engine.comply.legal;

import org.creativeautomation.engine.brand.BrandFonts;
import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.BrandKitLoader;
import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.brief.BriefParser;
import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.LayoutRequest;
import org.creativeautomation.engine.compose.LayoutSolver;
import org.creativeautomation.engine.compose.LogoImages;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.compose.TypeFaces;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Shipped kits and example briefs, and creatives made of them, for the legal and moderation tests. */
public final class LegalFixtures {
    public static final String ACME = "acme-beverages";
    public static final String STRIDE = "stride-athletics";
    public static final MarketRules SHIPPED_RULES = MarketRules.shipped();

    private LegalFixtures() {
    }

    /** The repository root, found by walking up from the working directory (Maven runs in the module). */
    public static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("brand-kits"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no brand-kits/ folder above " + Path.of("").toAbsolutePath());
    }

    public static BrandKit kit(String id) {
        return new BrandKitLoader().load(repoRoot().resolve("brand-kits").resolve(id));
    }

    /** A copy of a shipped kit in {@code parent} with {@code legalYaml} as its legal.yaml. */
    public static BrandKit kitWithLegalFile(String id, Path parent, String legalYaml) {
        Path source = repoRoot().resolve("brand-kits").resolve(id);
        Path target = parent.resolve(id);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
            Files.writeString(target.resolve(KitLegalFile.FILE_NAME), legalYaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BrandKitLoader().load(target);
    }

    /** A creative with copy but no layout (as the studio's own creatives before layout checks). */
    public static CreativeUnderCheck creative(BrandKit kit, CreativeCopy copy, String region) {
        return new CreativeUnderCheck(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), null, copy, kit, null,
                region, null);
    }

    /** A creative with its solved 1:1 layout, on a plain grey hero. */
    public static CreativeUnderCheck creativeWithLayout(BrandKit kit, CreativeCopy copy, String region) {
        BufferedImage hero = new BufferedImage(1200, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = hero.createGraphics();
        g.setColor(new Color(90, 90, 90));
        g.fillRect(0, 0, 1200, 1200);
        g.dispose();
        BrandFonts fonts = BrandFonts.of(kit);
        TypeFaces faces = new TypeFaces(fonts.headline(1f), fonts.body(1f));
        LogoImages logos = logos(kit);
        Layout layout = new LayoutSolver().solve(new LayoutRequest(Ratio.SQUARE, copy, hero,
                new Box(0, 0, 1200, 1200), kit, faces, logos));
        return new CreativeUnderCheck(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), layout, copy, kit, logos,
                region, null);
    }

    public static LogoImages logos(BrandKit kit) {
        try {
            return new LogoImages(ImageIO.read(kit.logo().light().toFile()), ImageIO.read(kit.logo().dark().toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every locale of the shipped example briefs, as the pipeline would check it (without pixels). */
    public static List<CreativeUnderCheck> exampleCreatives() {
        List<CreativeUnderCheck> out = new ArrayList<>();
        for (Path brief : List.of(Path.of("examples/summer-splash/brief.yaml"), Path.of("examples/trail-launch/brief.json"))) {
            out.addAll(exampleCreatives(brief));
        }
        return out;
    }

    /** The creatives of one example brief, by its path from the repository root. */
    public static List<CreativeUnderCheck> exampleCreatives(Path briefPath) {
        Brief brief = new BriefParser().parse(repoRoot().resolve(briefPath));
        BrandKit kit = kit(brief.brand());
        List<CreativeUnderCheck> out = new ArrayList<>();
        for (String locale : brief.locales()) {
            CreativeCopy copy = new CreativeCopy(locale, brief.message().forLocale(locale),
                    brief.cta() == null ? null : brief.cta().forLocale(locale),
                    brief.disclaimer() == null ? null : brief.disclaimer().forLocale(locale));
            out.add(creative(kit, copy, brief.market().region()));
        }
        return out;
    }

    /** What a check finds, as the checker would run it (nothing when it does not apply). */
    public static List<Finding> run(Check check, CreativeUnderCheck creative) {
        return check.appliesTo(creative) ? check.check(creative) : List.of();
    }
}

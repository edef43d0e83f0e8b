package org.creativeautomation.bench;

import org.creativeautomation.engine.brand.BrandFonts;
import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.BrandKitLoader;
import org.creativeautomation.engine.comply.ComplianceChecker;
import org.creativeautomation.engine.comply.CreativeCompliance;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.HeroFacts;
import org.creativeautomation.engine.comply.StandardChecks;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.creativeautomation.engine.compose.CreativeRenderer;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.LayoutRequest;
import org.creativeautomation.engine.compose.LayoutSolver;
import org.creativeautomation.engine.compose.LogoImages;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.compose.SubjectEstimator;
import org.creativeautomation.engine.compose.TypeFaces;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Every compliance check on one 1080x1920 creative of the summer-splash example (its input photo,
 * the acme-beverages kit, message, CTA and disclaimer). Goal: median at most 25 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChecksBenchmark {
    private ComplianceChecker checker;
    private CreativeUnderCheck creative;
    private CreativeUnderCheck foreign;

    @Setup
    public void setUp() throws IOException {
        Path root = RepositoryRoot.find();
        BrandKit kit = new BrandKitLoader().load(root.resolve("brand-kits/acme-beverages"));
        BufferedImage hero = ImageIO.read(root.resolve("examples/summer-splash/assets/sparkling-water.jpg").toFile());
        TypeFaces faces = new TypeFaces(BrandFonts.of(kit).headline(1f), BrandFonts.of(kit).body(1f));
        LogoImages logos = new LogoImages(ImageIO.read(kit.logo().light().toFile()), ImageIO.read(kit.logo().dark().toFile()));
        CreativeCopy copy = new CreativeCopy("en-US", "Stay fresh all summer", "Shop now",
                "Please recycle. Contains no added sugar.");
        Layout layout = new LayoutSolver().solve(new LayoutRequest(Ratio.STORY, copy, hero,
                new SubjectEstimator().estimate(hero), kit, faces, logos));
        CreativeRenderer renderer = new CreativeRenderer();
        BufferedImage pixels = renderer.render(layout, renderer.background(hero, layout), faces, logos);
        creative = new CreativeUnderCheck(pixels, layout, copy, kit, logos, "US",
                new HeroFacts(hero.getWidth(), hero.getHeight(), layout.height() / layout.crop().height(), false));
        foreign = new CreativeUnderCheck(pixels, null, null, kit, logos, "US", null);
        checker = new ComplianceChecker(StandardChecks.all());
    }

    @Benchmark
    public CreativeCompliance allChecksOnOneStory() {
        return checker.check(creative);
    }

    /** The same pixels as an image made elsewhere ({@code studio check}): the logo must be searched for. */
    @Benchmark
    public CreativeCompliance pixelChecksOnTheSameStoryWithoutItsLayout() {
        return checker.check(foreign);
    }
}

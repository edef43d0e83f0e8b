package org.creativeautomation.bench;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.BrandKitLoader;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.creativeautomation.engine.compose.CreativePreview;
import org.creativeautomation.engine.compose.LayoutRequest;
import org.creativeautomation.engine.compose.LogoImages;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.compose.SubjectEstimator;
import org.creativeautomation.engine.compose.TypeFaces;
import org.creativeautomation.engine.brand.BrandFonts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
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
 * A designer types in the message: each keystroke re-solves one ratio's layout (text fitted again on
 * real glyph metrics, scrim measured again) and redraws it at preview size (long side 540 px) over
 * the kept background. Goal: p95 at most 16 ms, one frame at 60 Hz.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PreviewBenchmark {
    private static final String TYPED = "Stay fresh all summer long with every crisp sip";

    @Param({"9:16", "1:1", "16:9", "4:5", "2:1"})
    public String ratio;

    private CreativePreview preview;
    private BufferedImage hero;
    private Box subject;
    private BrandKit kit;
    private TypeFaces faces;
    private LogoImages logos;
    private Ratio canvas;
    private int keystroke;

    @Setup
    public void setUp() throws IOException {
        Path root = RepositoryRoot.find();
        kit = new BrandKitLoader().load(root.resolve("brand-kits/acme-beverages"));
        hero = ImageIO.read(root.resolve("examples/summer-splash/assets/sparkling-water.jpg").toFile());
        subject = new SubjectEstimator().estimate(hero);
        faces = new TypeFaces(BrandFonts.of(kit).headline(1f), BrandFonts.of(kit).body(1f));
        logos = new LogoImages(ImageIO.read(kit.logo().light().toFile()), ImageIO.read(kit.logo().dark().toFile()));
        canvas = Ratio.fromLabel(ratio).orElseThrow();
        preview = new CreativePreview();
        preview.render(request(TYPED), 540); // the background is made once, when the creative is opened
    }

    /** The message as typed so far: it grows by a character per call and starts over when complete. */
    @Benchmark
    public CreativePreview.Frame typeOneCharacter() {
        keystroke = keystroke % TYPED.length() + 1;
        return preview.render(request(TYPED.substring(0, keystroke)), 540);
    }

    private LayoutRequest request(String message) {
        return new LayoutRequest(canvas, new CreativeCopy("en-US", message, "Shop now",
                "Please recycle. Contains no added sugar."), hero, subject, kit, faces, logos);
    }
}

package org.creativeautomation.engine.generate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders product hero images without a network: a brand-coloured studio shot of a stand-in
 * package (can, bottle, jar, carton or shoe box, chosen from the product's words) carrying the
 * product's name. It lets a campaign run end to end offline and gives designers a placeholder
 * that already crops like the real thing. Same request, same pixels.
 */
public final class OfflineHeroGenerator {

    public static final String PROVIDER = "local";
    /** Bump whenever the rendering changes, so cached renders from older versions are not reused. */
    public static final String MODEL = "studio-render-1";
    /** Metadata key of the packaging shape drawn ({@code can}, {@code bottle}, ...). */
    public static final String SHAPE = "shape";

    private static final Logger LOG = LoggerFactory.getLogger(OfflineHeroGenerator.class);

    private final HeroRenderer renderer = new HeroRenderer();

    /** A request addressed to this generator. */
    public GenerationRequest request(String prompt, int width, int height, long seed) {
        return new GenerationRequest(PROVIDER, MODEL, prompt, width, height, seed);
    }

    /**
     * Renders the subject at the request's size. The request's key seeds every choice (light side,
     * angle, props, print); the returned metadata carries the product's box under
     * {@link GeneratedImage#SUBJECT_BOX}.
     */
    public GeneratedImage generate(GenerationRequest request, HeroSubject subject) {
        long started = System.nanoTime();
        HeroScene scene = HeroScene.stage(request, subject);
        BufferedImage image = renderer.render(scene);
        Rectangle box = scene.subjectBox();
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(GeneratedImage.SUBJECT_BOX, box.x + "," + box.y + "," + box.width + "," + box.height);
        metadata.put(SHAPE, scene.shape().id());
        LOG.debug("Rendered {} hero for '{}' at {}x{} in {} ms", scene.shape().id(), subject.productName(),
                request.width(), request.height(), (System.nanoTime() - started) / 1_000_000);
        return new GeneratedImage(image, request, PROVIDER, MODEL, 0.0, metadata);
    }

    /** Where {@link #generate} puts the product, in image pixels, without rendering. */
    public Rectangle subjectBounds(GenerationRequest request, HeroSubject subject) {
        return HeroScene.stage(request, subject).subjectBox();
    }
}

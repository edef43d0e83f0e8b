package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.brand.Palette;
import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ImageCapabilities;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.spi.ProviderException;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The offline renderer as one provider among others: free, deterministic, never refuses and
 * never needs the network, so it is the natural last entry of a router's list.
 */
public final class LocalImageGenerator implements ImageGenerator {

    /** Metadata key of the model that rendered the image. */
    public static final String MODEL_KEY = "model";

    /** A neutral studio palette for requests that arrive without a brand. */
    static final Palette NEUTRAL = new Palette(RgbColor.parseHex("#3A4A5C"), RgbColor.parseHex("#9FB3C8"),
            RgbColor.parseHex("#F2B134"), RgbColor.parseHex("#FFFFFF"), RgbColor.parseHex("#1B232C"),
            RgbColor.parseHex("#EEF1F4"));

    /** Any size, one model, seeds honoured, no negative prompt, free. */
    public static final ImageCapabilities CAPABILITIES =
            new ImageCapabilities(List.of(OfflineHeroGenerator.MODEL), List.of(), false, true, 0.0);

    private static final int MAX_NAME_LENGTH = 40;

    private final OfflineHeroGenerator renderer;
    private final Function<ImageGenerationRequest, HeroSubject> subjectFor;

    /**
     * @param subjectFor what to draw for a request; the pipeline knows the product and brand, a
     *                   plugin-style caller only has the prompt
     */
    public LocalImageGenerator(OfflineHeroGenerator renderer, Function<ImageGenerationRequest, HeroSubject> subjectFor) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.subjectFor = Objects.requireNonNull(subjectFor, "subjectFor");
    }

    /** Draws the prompt's first sentence as the product name, in neutral colours. */
    public static LocalImageGenerator fromPrompts() {
        return new LocalImageGenerator(new OfflineHeroGenerator(), LocalImageGenerator::subjectFromPrompt);
    }

    @Override
    public String id() {
        return OfflineHeroGenerator.PROVIDER;
    }

    @Override
    public ImageCapabilities capabilities() {
        return CAPABILITIES;
    }

    /** Renders one PNG; the request's model is ignored because there is only one. */
    @Override
    public ImageResult generate(ImageGenerationRequest request) {
        // A missing seed becomes 0 rather than a random one: local renders stay reproducible.
        long seed = request.seed() == null ? 0L : request.seed();
        GenerationRequest local = renderer.request(request.prompt(), request.width(), request.height(), seed);
        GeneratedImage image = renderer.generate(local, subjectFor.apply(request));
        Map<String, String> metadata = new LinkedHashMap<>(image.metadata());
        metadata.put(MODEL_KEY, image.model());
        return new ImageResult(List.of(png(image)), image.costUsd(), metadata);
    }

    private static byte[] png(GeneratedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image.image(), "png", out)) {
                throw new ProviderException(Failure.BAD_RESPONSE, "no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static HeroSubject subjectFromPrompt(ImageGenerationRequest request) {
        String prompt = request.prompt().strip();
        int end = prompt.indexOf('.');
        String name = end > 0 ? prompt.substring(0, end) : prompt;
        if (name.length() > MAX_NAME_LENGTH) {
            name = name.substring(0, MAX_NAME_LENGTH).strip();
        }
        return new HeroSubject(name.isBlank() ? "Product" : name, prompt, NEUTRAL, null);
    }
}

package org.creativeautomation.studio.cli;

import org.creativeautomation.engine.spi.ImageCapabilities;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageGeneratorProvider;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.spi.ProviderSettings;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A paid image provider for end-to-end tests, found by ServiceLoader like a plugin: {@code fakepaid},
 * $0.04 an image, drawn at the size asked for. Every call is appended as one line to the file named by
 * {@code FAKEPAID_CALLS}, so a test counts the calls a run made; the first {@code FAKEPAID_BLANK_CALLS}
 * calls logged there deliver a flat grey image, a failed generation the hero quality gate rejects.
 */
public final class FakePaidProvider implements ImageGeneratorProvider {
    static final String ID = "fakepaid";
    static final String CALL_LOG = "FAKEPAID_CALLS";
    static final String BLANK_CALLS = "FAKEPAID_BLANK_CALLS";
    static final double PRICE = 0.04;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<ImageGenerator> create(ProviderSettings settings) {
        int blankCalls = settings.get(BLANK_CALLS).map(Integer::parseInt).orElse(0);
        return settings.get(CALL_LOG).map(log -> new Generator(Path.of(log), blankCalls));
    }

    /** The prices file a studio home needs to price this provider. */
    static String pricesYaml() {
        return """
                asOf: 2026-11-25
                currency: USD
                providers:
                  fakepaid:
                    source: the test double's own price
                    perImage: 0.04
                """;
    }

    /** The calls logged so far, one line each. */
    static List<String> calls(Path log) throws IOException {
        return Files.isRegularFile(log) ? Files.readAllLines(log) : List.of();
    }

    private record Generator(Path log, int blankCalls) implements ImageGenerator {
        /** Counting the calls logged and logging one more is one step, even for heroes made side by side. */
        private static final Object LOG_LOCK = new Object();

        @Override
        public String id() {
            return ID;
        }

        @Override
        public ImageCapabilities capabilities() {
            return new ImageCapabilities(List.of("fake-model-1"), List.of(), false, true, PRICE);
        }

        @Override
        public ImageResult generate(ImageGenerationRequest request) {
            try {
                boolean blank;
                synchronized (LOG_LOCK) {
                    blank = calls(log).size() < blankCalls;
                    Files.writeString(log, request.width() + "x" + request.height() + " " + request.prompt().lines()
                                    .findFirst().orElse("") + "\n", StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                }
                byte[] image = blank ? flatGrey(request.width(), request.height())
                        : productPhoto(request.width(), request.height());
                return new ImageResult(List.of(image), PRICE, Map.of("model", "fake-model-1"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static byte[] flatGrey(int width, int height) throws IOException {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(128, 128, 128));
            g.fillRect(0, 0, width, height);
            g.dispose();
            return png(image);
        }

        /** A product on a plain backdrop at the size asked for, as a provider that honours sizes delivers. */
        private static byte[] productPhoto(int width, int height) throws IOException {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(226, 232, 238));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(30, 120, 200));
            g.fillRoundRect(width * 2 / 5, height / 4, width / 5, height / 2, width / 20, width / 20);
            g.dispose();
            return png(image);
        }

        private static byte[] png(BufferedImage image) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        }
    }
}

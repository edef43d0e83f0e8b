package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.spi.ExpandRequest;
import org.creativeautomation.engine.spi.ImageCapabilities;
import org.creativeautomation.engine.spi.ImageExpander;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.spi.ProviderException;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A paid provider whose expander paints the whole expanded canvas one known colour (source area
 * included), so a test sees exactly which pixels came from the model. It can be told to fail.
 */
final class FakeExpandingProvider implements ImageGenerator {
    static final String ID = "fakeexpand";
    static final String MODEL = "fake-expand-1";
    static final int MARGIN_COLOUR = 0x20e020;

    final List<ExpandRequest> received = Collections.synchronizedList(new ArrayList<>());
    private volatile ProviderException failure;

    FakeExpandingProvider failingWith(ProviderException failure) {
        this.failure = failure;
        return this;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ImageCapabilities capabilities() {
        return new ImageCapabilities(List.of("fake-gen-1"), List.of(), false, true, 0.05);
    }

    @Override
    public ImageResult generate(ImageGenerationRequest request) {
        throw new UnsupportedOperationException("these tests give every product a photo");
    }

    @Override
    public Optional<ImageExpander> expander() {
        return Optional.of(new ImageExpander() {
            @Override
            public String model() {
                return MODEL;
            }

            @Override
            public ImageResult expand(ExpandRequest request) {
                received.add(request);
                if (failure != null) {
                    throw failure;
                }
                return new ImageResult(List.of(painted(request.expandedWidth(), request.expandedHeight())), 0.05,
                        Map.of("model", MODEL));
            }
        });
    }

    int calls() {
        return received.size();
    }

    private static byte[] painted(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(MARGIN_COLOUR));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

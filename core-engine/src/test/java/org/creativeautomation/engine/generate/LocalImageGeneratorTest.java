package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageGeneratorProvider;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

class LocalImageGeneratorTest {

    private static final ImageGenerationRequest REQUEST =
            new ImageGenerationRequest(null, "Sparkling Water. A can on stone.", null, 320, 200, 11L, null);

    @Test
    void rendersAFreePngOfTheRequestedSize() throws IOException {
        ImageResult result = LocalImageGenerator.fromPrompts().generate(REQUEST);

        BufferedImage png = ImageIO.read(new ByteArrayInputStream(result.images().get(0)));
        assertThat(png.getWidth()).isEqualTo(320);
        assertThat(png.getHeight()).isEqualTo(200);
        assertThat(result.costUsd()).isZero();
        assertThat(result.metadata()).containsEntry(LocalImageGenerator.MODEL_KEY, OfflineHeroGenerator.MODEL)
                .containsKey(GeneratedImage.SUBJECT_BOX);
    }

    @Test
    void rendersTheSameBytesForTheSameRequest() {
        var generator = LocalImageGenerator.fromPrompts();

        assertThat(generator.generate(REQUEST).images().get(0))
                .isEqualTo(generator.generate(REQUEST).images().get(0));
    }

    @Test
    void drawsTheSubjectThePipelineHandsIt() {
        var generator = new LocalImageGenerator(new OfflineHeroGenerator(), request -> GenerateFixtures.SHOE_BOX);

        assertThat(generator.generate(REQUEST).metadata()).containsEntry(OfflineHeroGenerator.SHAPE, "shoe-box");
    }

    @Test
    void namesTheProductAfterThePromptsFirstSentence() {
        assertThat(LocalImageGenerator.subjectFromPrompt(REQUEST).productName()).isEqualTo("Sparkling Water");
    }

    @Test
    void serviceLoaderFindsTheLocalProvider() {
        Optional<ImageGenerator> local = ServiceLoader.load(ImageGeneratorProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(provider -> provider.id().equals("local"))
                .findFirst()
                .flatMap(provider -> provider.create(ProviderSettings.of(Map.of(), Map.of())));

        assertThat(local).get().extracting(ImageGenerator::id).isEqualTo("local");
    }
}

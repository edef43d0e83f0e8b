package org.creativeautomation.plugins.openai;

import com.openai.client.OpenAIClient;
import com.openai.core.MultipartField;
import com.openai.models.images.ImageEditParams;
import org.creativeautomation.engine.spi.ExpandRequest;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ImageExpander;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.spi.ProviderException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generative expand through OpenAI's image edits ({@code POST /v1/images/edits}, gpt-image-1): the
 * source on a transparent-padded edit canvas, a mask whose transparent part is what to fill, and
 * the prompt; the answer's base64 image is cut back to the expanded canvas. Both files go as
 * {@code image/png} parts with file names: the API rejects parts typed {@code application/octet-stream}.
 */
final class OpenAiImageExpander implements ImageExpander {
    /** Edits with a mask are a gpt-image-1 feature; dall-e-3 has no edits. */
    static final String MODEL = OpenAiImageGenerator.GPT_IMAGE_1;
    private static final String QUALITY = "high";

    private final OpenAIClient client;

    OpenAiImageExpander(OpenAIClient client) {
        this.client = client;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public ImageResult expand(ExpandRequest request) {
        BufferedImage source = read(request.image(), "the image to expand");
        PaddedCanvas canvas = PaddedCanvas.of(request);
        ImageEditParams params = ImageEditParams.builder()
                .image(MultipartField.<ImageEditParams.Image>builder()
                        .value(ImageEditParams.Image.ofInputStream(new ByteArrayInputStream(png(canvas.image(source)))))
                        .contentType("image/png").filename("image.png").build())
                .mask(MultipartField.<InputStream>builder().value(new ByteArrayInputStream(png(canvas.mask())))
                        .contentType("image/png").filename("mask.png").build())
                .prompt(request.prompt())
                .model(MODEL)
                .n(1)
                .size(ImageEditParams.Size.of(canvas.size()))
                .quality(ImageEditParams.Quality.of(QUALITY))
                .build();
        List<byte[]> answers = OpenAiImageGenerator.decoded(OpenAiFailures.call(() -> client.images().edit(params)));
        BufferedImage answer = read(answers.get(0), "OpenAI's edited image");
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("model", MODEL);
        metadata.put("size", canvas.size());
        metadata.put("quality", QUALITY);
        return new ImageResult(List.of(png(canvas.expanded(answer))), OpenAiPrices.perImage(MODEL, canvas.size(), QUALITY),
                metadata);
    }

    private static BufferedImage read(byte[] bytes, String what) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new ProviderException(Failure.BAD_RESPONSE, what + " is not a readable image");
            }
            return image;
        } catch (IOException e) {
            throw new ProviderException(Failure.BAD_RESPONSE, what + " could not be read", null, e);
        }
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

package org.creativeautomation.plugins.openai;

import com.openai.client.OpenAIClient;
import com.openai.models.images.Image;
import com.openai.models.images.ImageGenerateParams;
import com.openai.models.images.ImagesResponse;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ImageCapabilities;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageExpander;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.spi.ImageSize;
import org.creativeautomation.engine.spi.ProviderException;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Images from OpenAI's images API ({@code POST /v1/images/generations}) through the official SDK,
 * and generative expand through its image edits ({@link OpenAiImageExpander}).
 * gpt-image-1 always answers in base64; dall-e-3 is asked for {@code b64_json}, so no image is
 * fetched from a second URL. Retries are the router's job: the SDK's own are switched off.
 */
public final class OpenAiImageGenerator implements ImageGenerator {
    public static final String ID = "openai";
    static final String GPT_IMAGE_1 = "gpt-image-1";
    static final String DALL_E_3 = "dall-e-3";

    private final OpenAIClient client;
    private final String defaultModel;
    private final ImageExpander expander;

    public OpenAiImageGenerator(OpenAIClient client, String defaultModel) {
        this.client = client;
        this.defaultModel = defaultModel;
        this.expander = new OpenAiImageExpander(client);
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * The default model first, and only the sizes it makes: a caller picking a size from these
     * must get exactly that size back, and the two models share only the square.
     */
    @Override
    public ImageCapabilities capabilities() {
        List<String> models = DALL_E_3.equals(defaultModel) ? List.of(DALL_E_3, GPT_IMAGE_1)
                : GPT_IMAGE_1.equals(defaultModel) ? List.of(GPT_IMAGE_1, DALL_E_3)
                : List.of(defaultModel, GPT_IMAGE_1, DALL_E_3);
        return new ImageCapabilities(models, sizesOf(defaultModel), false, false,
                OpenAiPrices.perImage(defaultModel, "1024x1024", null));
    }

    static List<ImageSize> sizesOf(String model) {
        return DALL_E_3.equals(model)
                ? List.of(new ImageSize(1024, 1024), new ImageSize(1024, 1792), new ImageSize(1792, 1024))
                : List.of(new ImageSize(1024, 1024), new ImageSize(1024, 1536), new ImageSize(1536, 1024));
    }

    @Override
    public ImageResult generate(ImageGenerationRequest request) {
        String model = request.model() == null ? defaultModel : request.model();
        String size = sizeFor(model, request.width(), request.height());
        ImageGenerateParams.Builder params = ImageGenerateParams.builder()
                .model(model)
                .prompt(request.prompt())
                .n(1)
                .size(ImageGenerateParams.Size.of(size));
        String quality = qualityFor(model, request.quality());
        if (quality != null) {
            params.quality(ImageGenerateParams.Quality.of(quality));
        }
        if (DALL_E_3.equals(model)) {
            params.responseFormat(ImageGenerateParams.ResponseFormat.B64_JSON);
        }
        List<byte[]> images = decoded(call(params.build()));
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("model", model);
        metadata.put("size", size);
        if (quality != null) {
            metadata.put("quality", quality);
        }
        return new ImageResult(images, OpenAiPrices.perImage(model, size, quality) * images.size(), metadata);
    }

    @Override
    public Optional<ImageExpander> expander() {
        return Optional.of(expander);
    }

    /** The images of an answer, decoded from their base64; generations and edits answer alike. */
    static List<byte[]> decoded(ImagesResponse response) {
        List<byte[]> images = new ArrayList<>();
        for (Image image : response.data().orElse(List.of())) {
            String b64 = image.b64Json().orElseThrow(() -> new ProviderException(Failure.BAD_RESPONSE,
                    "OpenAI answered without b64_json image data"));
            try {
                images.add(Base64.getDecoder().decode(b64));
            } catch (IllegalArgumentException e) {
                throw new ProviderException(Failure.BAD_RESPONSE, "OpenAI's b64_json is not base64", null, e);
            }
        }
        if (images.isEmpty()) {
            throw new ProviderException(Failure.BAD_RESPONSE, "OpenAI answered with no image");
        }
        return images;
    }

    private ImagesResponse call(ImageGenerateParams params) {
        return OpenAiFailures.call(() -> client.images().generate(params));
    }

    /** The model's own size nearest in shape to the request: square, landscape or portrait. */
    static String sizeFor(String model, int width, int height) {
        double aspect = (double) width / height;
        boolean dalle = DALL_E_3.equals(model);
        if (aspect > 1.2) {
            return dalle ? "1792x1024" : "1536x1024";
        }
        if (aspect < 1 / 1.2) {
            return dalle ? "1024x1792" : "1024x1536";
        }
        return "1024x1024";
    }

    private static String qualityFor(String model, String requested) {
        if (requested == null) {
            return DALL_E_3.equals(model) ? "hd" : "high";
        }
        return requested.toLowerCase(Locale.ROOT);
    }
}

package org.creativeautomation.plugins.stablediffusion.automatic1111;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ProviderException;
import org.creativeautomation.plugins.stablediffusion.FittedSize;
import org.creativeautomation.plugins.stablediffusion.ImageFormat;

import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The WebUI's txt2img answer: {@code images} (base64) and {@code info}, a string that itself holds
 * JSON with what was actually used (the seed it picked for -1, the sampler, the checkpoint).
 */
final class Txt2ImgAnswer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final byte[] image;
    private final ImageFormat format;
    private final JsonNode info;

    private Txt2ImgAnswer(byte[] image, ImageFormat format, JsonNode info) {
        this.image = image;
        this.format = format;
        this.info = info;
    }

    static Txt2ImgAnswer read(JsonNode answer) {
        JsonNode images = answer.path("images");
        if (!images.isArray() || images.isEmpty() || !images.get(0).isTextual()) {
            throw new ProviderException(Failure.BAD_RESPONSE, "AUTOMATIC1111 answered txt2img without images");
        }
        // Extensions such as ControlNet append their own images (detected maps) after the
        // generated ones; with batch_size 1 and n_iter 1 the first is the image asked for.
        byte[] image;
        try {
            image = Base64.getMimeDecoder().decode(images.get(0).asText());
        } catch (IllegalArgumentException e) {
            throw new ProviderException(Failure.BAD_RESPONSE, "AUTOMATIC1111's image is not base64", null, e);
        }
        ImageFormat format = ImageFormat.sniff(image).orElseThrow(() -> new ProviderException(Failure.BAD_RESPONSE,
                "AUTOMATIC1111's image is neither PNG nor JPEG; set the WebUI's image format (samples_format) to png"));
        return new Txt2ImgAnswer(image, format, info(answer.path("info")));
    }

    private static JsonNode info(JsonNode info) {
        if (info.isMissingNode() || info.isNull()) {
            return JSON.createObjectNode();
        }
        if (!info.isTextual()) {
            throw new ProviderException(Failure.BAD_RESPONSE, "AUTOMATIC1111's info is not a JSON string");
        }
        try {
            JsonNode parsed = JSON.readTree(info.asText());
            if (parsed == null || !parsed.isObject()) {
                throw new ProviderException(Failure.BAD_RESPONSE, "AUTOMATIC1111's info is not a JSON object");
            }
            return parsed;
        } catch (IOException e) {
            throw new ProviderException(Failure.BAD_RESPONSE, "AUTOMATIC1111's info is not valid JSON", null, e);
        }
    }

    byte[] image() {
        return image;
    }

    /** What the WebUI says it did, falling back to what was asked where it says nothing. */
    Map<String, String> metadata(FittedSize asked) {
        Map<String, String> metadata = new LinkedHashMap<>();
        put(metadata, "model", info.path("sd_model_name"));
        put(metadata, "model_hash", info.path("sd_model_hash"));
        put(metadata, "seed", info.path("seed"));
        put(metadata, "sampler", info.path("sampler_name"));
        put(metadata, "steps", info.path("steps"));
        put(metadata, "cfg_scale", info.path("cfg_scale"));
        int width = info.path("width").asInt(asked.width());
        int height = info.path("height").asInt(asked.height());
        metadata.put("size", width + "x" + height);
        metadata.put("format", format.name().toLowerCase(java.util.Locale.ROOT));
        return metadata;
    }

    private static void put(Map<String, String> metadata, String key, JsonNode value) {
        if (value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
            metadata.put(key, value.asText());
        }
    }
}

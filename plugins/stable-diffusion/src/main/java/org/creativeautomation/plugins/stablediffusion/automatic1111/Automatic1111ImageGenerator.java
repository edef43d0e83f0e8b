package org.creativeautomation.plugins.stablediffusion.automatic1111;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.creativeautomation.engine.spi.ImageCapabilities;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.spi.ProviderException;
import org.creativeautomation.plugins.stablediffusion.FittedSize;
import org.creativeautomation.plugins.stablediffusion.LocalServerClient;
import org.creativeautomation.plugins.stablediffusion.ServerReply;
import org.creativeautomation.plugins.stablediffusion.ServerSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Images from a local AUTOMATIC1111 Stable Diffusion WebUI started with {@code --api}, through
 * {@code POST /sdapi/v1/txt2img}. One image per call: the router decides how many to ask for.
 * Generation is local, so it costs nothing.
 */
public final class Automatic1111ImageGenerator implements ImageGenerator {
    public static final String ID = "automatic1111";
    private static final Logger LOG = LoggerFactory.getLogger(Automatic1111ImageGenerator.class);
    /** The WebUI's "pick a random seed"; the seed it picked comes back in {@code info}. */
    private static final long RANDOM_SEED = -1;

    private final LocalServerClient client;
    private final Automatic1111Options options;

    public Automatic1111ImageGenerator(LocalServerClient client, Automatic1111Options options) {
        this.client = client;
        this.options = options;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ImageCapabilities capabilities() {
        // The checkpoints installed are only known to the server; a configured one names the model.
        List<String> models = options.checkpoint() == null ? List.of() : List.of(options.checkpoint());
        return new ImageCapabilities(models, List.of(), true, true, 0.0);
    }

    @Override
    public ImageResult generate(ImageGenerationRequest request) {
        FittedSize size = FittedSize.of(request.width(), request.height(), options.maxSide());
        ObjectNode body = txt2imgBody(request, size);
        LOG.debug("txt2img {} (asked {}x{}) on {}", size, request.width(), request.height(), client);
        ServerReply reply = client.postJson("sdapi/v1/txt2img", body);
        if (!reply.successful()) {
            throw failureOf(reply);
        }
        Txt2ImgAnswer answer = Txt2ImgAnswer.read(client.json(reply, "txt2img"));
        return new ImageResult(List.of(answer.image()), 0.0, answer.metadata(size));
    }

    /** The txt2img request body, as the WebUI's StableDiffusionProcessingTxt2Img API model names its fields. */
    ObjectNode txt2imgBody(ImageGenerationRequest request, FittedSize size) {
        ObjectNode body = client.mapper().createObjectNode();
        body.put("prompt", request.prompt());
        body.put("negative_prompt", request.negativePrompt() == null ? "" : request.negativePrompt());
        body.put("width", size.width());
        body.put("height", size.height());
        body.put("seed", request.seed() == null ? RANDOM_SEED : ServerSeed.of(request.seed()).value());
        body.put("steps", options.steps());
        body.put("cfg_scale", options.cfgScale());
        body.put("sampler_name", options.sampler());
        body.put("batch_size", 1);
        body.put("n_iter", 1);
        body.put("send_images", true);
        // The studio keeps its own copy under the image's hash; the WebUI's outputs folder needs none.
        body.put("save_images", false);
        String checkpoint = request.model() != null ? request.model() : options.checkpoint();
        if (checkpoint != null) {
            body.putObject("override_settings").put("sd_model_checkpoint", checkpoint);
            // Restoring would load the previous checkpoint again after every image (on WebUI
            // versions that reload on restore); a campaign asks for the same one image after image.
            body.put("override_settings_restore_afterwards", false);
        }
        return body;
    }

    private ProviderException failureOf(ServerReply reply) {
        if (reply.code() == 401) {
            // The WebUI's detail adds nothing, and nothing of the credentials belongs in a message.
            return client.statusFailure(reply, "the credentials were not accepted; check "
                    + Automatic1111ImageGeneratorProvider.AUTH + " (user:password, as given to --api-auth)");
        }
        String detail = detailOf(reply);
        if (reply.code() == 404 && "Not Found".equals(detail)) {
            detail = "Not Found; was the WebUI started with --api?";
        }
        return client.statusFailure(reply, detail);
    }

    /** The WebUI's error text: FastAPI's {@code detail}, else the middleware's {@code errors}, else the body. */
    private String detailOf(ServerReply reply) {
        try {
            JsonNode error = client.mapper().readTree(reply.body());
            if (error != null && error.isObject()) {
                JsonNode detail = error.path("detail");
                if (detail.isTextual() && !detail.asText().isBlank()) {
                    return detail.asText();
                }
                if (detail.isContainerNode() && !detail.isEmpty()) {
                    return detail.toString();
                }
                if (error.path("errors").isTextual()) {
                    return error.path("errors").asText();
                }
            }
        } catch (java.io.IOException ignored) {
            // not JSON: the raw text below is the best there is
        }
        return reply.text();
    }

    @Override
    public String toString() {
        return "Automatic1111ImageGenerator[" + client.address().display() + "]";
    }
}

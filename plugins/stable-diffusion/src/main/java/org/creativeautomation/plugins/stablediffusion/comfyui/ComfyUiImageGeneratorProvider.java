package org.creativeautomation.plugins.stablediffusion.comfyui;

import okhttp3.OkHttpClient;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageGeneratorProvider;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.creativeautomation.plugins.stablediffusion.LocalServerClient;
import org.creativeautomation.plugins.stablediffusion.ServerAddress;
import org.creativeautomation.plugins.stablediffusion.SettingsReader;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/**
 * Creates the ComfyUI generator when {@code COMFYUI_URL} is set (in the settings or the
 * environment). The workflow is the plugin's own text-to-image graph unless {@code COMFYUI_WORKFLOW}
 * names an API-format file with the same placeholders; see the module README.
 */
public final class ComfyUiImageGeneratorProvider implements ImageGeneratorProvider {
    public static final String URL = "COMFYUI_URL";
    public static final String CHECKPOINT = "COMFYUI_CHECKPOINT";
    public static final String WORKFLOW = "COMFYUI_WORKFLOW";
    public static final String STEPS = "COMFYUI_STEPS";
    public static final String CFG = "COMFYUI_CFG";
    public static final String MAX_SIDE = "COMFYUI_MAX_SIDE";
    public static final String TIMEOUT = "COMFYUI_TIMEOUT_SECONDS";

    static final int DEFAULT_STEPS = 30;
    static final double DEFAULT_CFG = 7.0;
    /** SDXL's native side; SD 1.5 checkpoints do better with COMFYUI_MAX_SIDE=768 or 512. */
    static final int DEFAULT_MAX_SIDE = 1024;
    /** Queue time counts too: a shared ComfyUI may be busy with other people's prompts. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
    static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private final Sleeper sleeper;
    private final NanoClock clock;
    private final LongSupplier randomSeeds;

    public ComfyUiImageGeneratorProvider() {
        this(Sleeper.THREAD, NanoClock.SYSTEM, () -> ThreadLocalRandom.current().nextLong());
    }

    ComfyUiImageGeneratorProvider(Sleeper sleeper, NanoClock clock, LongSupplier randomSeeds) {
        this.sleeper = sleeper;
        this.clock = clock;
        this.randomSeeds = randomSeeds;
    }

    @Override
    public String id() {
        return ComfyUiImageGenerator.ID;
    }

    @Override
    public String settingsNeeded() {
        return "COMFYUI_URL, the address of a running ComfyUI server, and COMFYUI_CHECKPOINT";
    }

    /**
     * @throws IllegalArgumentException naming the setting when one is set to something unusable,
     *                                  or when the workflow needs a checkpoint and none is set
     */
    @Override
    public Optional<ImageGenerator> create(ProviderSettings settings) {
        Optional<ServerAddress> address = ServerAddress.from(settings, URL, "http://127.0.0.1:8188");
        if (address.isEmpty()) {
            return Optional.empty();
        }
        SettingsReader read = new SettingsReader(settings);
        WorkflowTemplate workflow = read.text(WORKFLOW)
                .map(file -> WorkflowTemplate.fromFile(Path.of(file), WORKFLOW))
                .orElseGet(WorkflowTemplate::builtIn);
        String checkpoint = read.text(CHECKPOINT).orElse(null);
        if (checkpoint == null && workflow.uses("checkpoint")) {
            throw new IllegalArgumentException(CHECKPOINT + " must name a checkpoint file in ComfyUI's"
                    + " models/checkpoints folder, e.g. sd_xl_base_1.0.safetensors: the workflow ("
                    + workflow.source() + ") loads it through {{checkpoint}}");
        }
        Duration timeout = read.seconds(TIMEOUT, DEFAULT_TIMEOUT, 24 * 3600);
        ComfyUiOptions options = new ComfyUiOptions(checkpoint,
                read.wholeNumber(STEPS, DEFAULT_STEPS, 1, 150),
                read.decimal(CFG, DEFAULT_CFG, 1, 30),
                read.imageSide(MAX_SIDE, DEFAULT_MAX_SIDE, 4096),
                timeout, POLL_INTERVAL);
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                // Each call is quick; a stuck one gives up with the overall wait.
                .readTimeout(timeout)
                // A retried POST /prompt would queue the workflow twice; retries are the router's call.
                .retryOnConnectionFailure(false)
                .build();
        LocalServerClient client = new LocalServerClient("ComfyUI", address.get(), http, TIMEOUT);
        return Optional.of(new ComfyUiImageGenerator(client, workflow, options, sleeper, clock, randomSeeds,
                UUID.randomUUID().toString()));
    }
}

package org.creativeautomation.plugins.stablediffusion.automatic1111;

import okhttp3.OkHttpClient;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageGeneratorProvider;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.creativeautomation.plugins.stablediffusion.LocalServerClient;
import org.creativeautomation.plugins.stablediffusion.ServerAddress;
import org.creativeautomation.plugins.stablediffusion.SettingsReader;

import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Creates the AUTOMATIC1111 generator when {@code SD_WEBUI_URL} is set (in the settings or the
 * environment). Everything else has a default; see the module README for the list.
 */
public final class Automatic1111ImageGeneratorProvider implements ImageGeneratorProvider {
    public static final String URL = "SD_WEBUI_URL";
    public static final String AUTH = "SD_WEBUI_AUTH";
    public static final String CHECKPOINT = "SD_WEBUI_CHECKPOINT";
    public static final String SAMPLER = "SD_WEBUI_SAMPLER";
    public static final String STEPS = "SD_WEBUI_STEPS";
    public static final String CFG_SCALE = "SD_WEBUI_CFG_SCALE";
    public static final String MAX_SIDE = "SD_WEBUI_MAX_SIDE";
    public static final String TIMEOUT = "SD_WEBUI_TIMEOUT_SECONDS";

    /** Euler a is the one sampler name every WebUI version knows. */
    static final String DEFAULT_SAMPLER = "Euler a";
    static final int DEFAULT_STEPS = 30;
    static final double DEFAULT_CFG_SCALE = 7.0;
    /** SDXL's native side; SD 1.5 checkpoints do better with SD_WEBUI_MAX_SIDE=768 or 512. */
    static final int DEFAULT_MAX_SIDE = 1024;
    /** A large image on a laptop GPU with a checkpoint switch can take minutes. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    private final UnaryOperator<OkHttpClient.Builder> tuning;

    public Automatic1111ImageGeneratorProvider() {
        this(UnaryOperator.identity());
    }

    /** @param tuning last changes to the HTTP client, e.g. a test's short timeouts */
    Automatic1111ImageGeneratorProvider(UnaryOperator<OkHttpClient.Builder> tuning) {
        this.tuning = tuning;
    }

    @Override
    public String id() {
        return Automatic1111ImageGenerator.ID;
    }

    @Override
    public String settingsNeeded() {
        return "SD_WEBUI_URL, the address of a running AUTOMATIC1111 WebUI started with --api";
    }

    /**
     * @throws IllegalArgumentException naming the setting when one is set to something unusable
     */
    @Override
    public Optional<ImageGenerator> create(ProviderSettings settings) {
        Optional<ServerAddress> address = ServerAddress.from(settings, URL, "http://127.0.0.1:7860");
        if (address.isEmpty()) {
            return Optional.empty();
        }
        SettingsReader read = new SettingsReader(settings);
        Automatic1111Options options = new Automatic1111Options(
                read.text(CHECKPOINT).orElse(null),
                read.text(SAMPLER, DEFAULT_SAMPLER),
                read.wholeNumber(STEPS, DEFAULT_STEPS, 1, 150),
                read.decimal(CFG_SCALE, DEFAULT_CFG_SCALE, 1, 30),
                read.imageSide(MAX_SIDE, DEFAULT_MAX_SIDE, 4096));
        OkHttpClient.Builder http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(read.seconds(TIMEOUT, DEFAULT_TIMEOUT, 3600))
                // A retried txt2img is a second image on the GPU; retries are the router's call.
                .retryOnConnectionFailure(false);
        settings.secret(AUTH).ifPresent(auth -> http.addInterceptor(BasicAuthentication.of(auth, AUTH)));
        LocalServerClient client = new LocalServerClient("AUTOMATIC1111", address.get(),
                tuning.apply(http).build(), TIMEOUT);
        return Optional.of(new Automatic1111ImageGenerator(client, options));
    }
}

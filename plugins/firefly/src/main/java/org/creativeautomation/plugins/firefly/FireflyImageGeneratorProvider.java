package org.creativeautomation.plugins.firefly;

import okhttp3.OkHttpClient;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageGeneratorProvider;
import org.creativeautomation.engine.spi.ProviderSettings;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Creates the Firefly image generator when an OAuth server-to-server credential is configured
 * ({@code FIREFLY_CLIENT_ID} and {@code FIREFLY_CLIENT_SECRET} in the settings or the
 * environment); see {@link FireflySettings} for the rest.
 */
public final class FireflyImageGeneratorProvider implements ImageGeneratorProvider {
    private final MonotonicClock clock;
    private final Sleeper sleeper;
    private final Supplier<OkHttpClient> http;

    public FireflyImageGeneratorProvider() {
        // Built only when a generator is, not when ServiceLoader lists the installed providers.
        this(MonotonicClock.SYSTEM, Sleeper.THREAD, () -> new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(15))
                .readTimeout(Duration.ofSeconds(60))
                .callTimeout(Duration.ofMinutes(2))
                .build());
    }

    /** Tests hand in a stepped clock, a recording sleeper and a client with short timeouts. */
    FireflyImageGeneratorProvider(MonotonicClock clock, Sleeper sleeper, Supplier<OkHttpClient> http) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.http = Objects.requireNonNull(http, "http");
    }

    @Override
    public String id() {
        return FireflyImageGenerator.ID;
    }

    @Override
    public String settingsNeeded() {
        return "FIREFLY_CLIENT_ID and FIREFLY_CLIENT_SECRET";
    }

    @Override
    public Optional<ImageGenerator> create(ProviderSettings settings) {
        return FireflySettings.from(settings).map(this::generator);
    }

    private ImageGenerator generator(FireflySettings settings) {
        HttpTransport transport = new HttpTransport(http.get());
        FailureClassifier failures = new FailureClassifier(Set.of(settings.clientSecret()));
        ImsTokenSource tokens = new ImsTokenSource(settings, transport, failures, clock);
        FireflyApi api = new FireflyApi(settings, transport, tokens, failures);
        AsyncJobs jobs = new AsyncJobs(api,
                new SubmissionRateLimit(settings.requestsPerMinute(), clock, sleeper),
                new JobPoller(api, clock, sleeper, settings.pollInterval(), settings.jobTimeout()));
        return new FireflyImageGenerator(settings, jobs, new PresignedDownload(transport));
    }
}

package org.creativeautomation.plugins.firefly;

import okhttp3.HttpUrl;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.creativeautomation.engine.spi.Secret;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The plugin's configuration, read from {@link ProviderSettings} (studio settings, then the
 * environment). A value that is present but unusable fails with a message naming the setting and
 * what it expects, instead of a surprise on the first call.
 *
 * @param clientId          OAuth server-to-server client id; also Firefly's {@code x-api-key}
 * @param clientSecret      its client secret
 * @param imsUrl            the IMS token endpoint
 * @param scope             scopes asked of IMS
 * @param baseUrl           the Firefly API root
 * @param model             the model asked for unless a request names another Firefly model
 * @param contentClass      {@code photo} or {@code art}
 * @param requestsPerMinute job submissions started per minute, across all threads
 * @param pollInterval      wait between two status polls of a job
 * @param jobTimeout        how long a job may take, from submission to its final status
 * @param pricePerImageUsd  what one image costs, for cost accounting
 */
record FireflySettings(
        String clientId,
        Secret clientSecret,
        HttpUrl imsUrl,
        String scope,
        HttpUrl baseUrl,
        FireflyModel model,
        String contentClass,
        int requestsPerMinute,
        Duration pollInterval,
        Duration jobTimeout,
        double pricePerImageUsd) {

    static final String CLIENT_ID = "FIREFLY_CLIENT_ID";
    static final String CLIENT_SECRET = "FIREFLY_CLIENT_SECRET";
    static final String IMS_URL = "FIREFLY_IMS_URL";
    static final String SCOPE = "FIREFLY_SCOPE";
    static final String BASE_URL = "FIREFLY_BASE_URL";
    static final String MODEL = "FIREFLY_IMAGE_MODEL";
    static final String CONTENT_CLASS = "FIREFLY_CONTENT_CLASS";
    static final String REQUESTS_PER_MINUTE = "FIREFLY_REQUESTS_PER_MINUTE";
    static final String POLL_INTERVAL_MS = "FIREFLY_POLL_INTERVAL_MS";
    static final String JOB_TIMEOUT_SECONDS = "FIREFLY_JOB_TIMEOUT_SECONDS";
    static final String PRICE_PER_IMAGE_USD = "FIREFLY_PRICE_PER_IMAGE_USD";

    static final String DEFAULT_IMS_URL = "https://ims-na1.adobelogin.com/ims/token/v3";
    static final String DEFAULT_SCOPE = "openid,AdobeID,session,additional_info,read_organizations,firefly_api,ff_apis";
    static final String DEFAULT_BASE_URL = "https://firefly-api.adobe.io";
    /** Firefly's documented default quota: 4 requests per minute per organisation. */
    static final int DEFAULT_REQUESTS_PER_MINUTE = 4;
    static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(2);
    static final Duration DEFAULT_JOB_TIMEOUT = Duration.ofMinutes(5);
    /**
     * Adobe publishes no list price for Firefly Services: it is sold by enterprise contract in
     * generative credits, one per standard text-to-image output. Third-party estimates (2026-03
     * to 2026-06) put an image at USD 0.02-0.10; this is the middle of that range, an estimate.
     * {@value #PRICE_PER_IMAGE_USD} sets the contract's real price.
     */
    static final double ESTIMATED_PRICE_PER_IMAGE_USD = 0.04;

    private static final Set<String> CONTENT_CLASSES = Set.of("photo", "art");

    FireflySettings {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(imsUrl, "imsUrl");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(contentClass, "contentClass");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(jobTimeout, "jobTimeout");
    }

    /**
     * The settings, or empty when no Firefly credential is configured at all.
     *
     * @throws IllegalArgumentException naming the setting when a value is half there or unusable
     */
    static Optional<FireflySettings> from(ProviderSettings settings) {
        Optional<String> clientId = settings.get(CLIENT_ID);
        Optional<Secret> clientSecret = settings.secret(CLIENT_SECRET);
        if (clientId.isEmpty() && clientSecret.isEmpty()) {
            return Optional.empty();
        }
        if (clientId.isEmpty() || clientSecret.isEmpty()) {
            throw new IllegalArgumentException((clientId.isEmpty() ? CLIENT_ID : CLIENT_SECRET)
                    + " is not set: Firefly needs both " + CLIENT_ID + " and " + CLIENT_SECRET
                    + " (an OAuth server-to-server credential from the Adobe Developer Console)");
        }
        return Optional.of(new FireflySettings(
                clientId.get().trim(),
                clientSecret.get(),
                url(settings, IMS_URL, DEFAULT_IMS_URL),
                settings.get(SCOPE).map(String::trim).orElse(DEFAULT_SCOPE),
                url(settings, BASE_URL, DEFAULT_BASE_URL),
                settings.get(MODEL).map(FireflySettings::model).orElse(FireflyModel.IMAGE_4_STANDARD),
                settings.get(CONTENT_CLASS).map(FireflySettings::contentClass).orElse("photo"),
                wholeNumber(settings, REQUESTS_PER_MINUTE, DEFAULT_REQUESTS_PER_MINUTE),
                settings.get(POLL_INTERVAL_MS).isPresent()
                        ? Duration.ofMillis(wholeNumber(settings, POLL_INTERVAL_MS, 0)) : DEFAULT_POLL_INTERVAL,
                settings.get(JOB_TIMEOUT_SECONDS).isPresent()
                        ? Duration.ofSeconds(wholeNumber(settings, JOB_TIMEOUT_SECONDS, 0)) : DEFAULT_JOB_TIMEOUT,
                price(settings)));
    }

    /**
     * Credentials go only over https; plain http is accepted for a server on this machine, which
     * is what tests and local proxies use.
     */
    private static HttpUrl url(ProviderSettings settings, String name, String fallback) {
        String value = settings.get(name).map(String::trim).orElse(fallback);
        HttpUrl url = HttpUrl.parse(value);
        if (url == null) {
            throw new IllegalArgumentException(name + " must be an http(s) URL such as " + fallback
                    + ", was \"" + value + "\"");
        }
        if (!url.isHttps() && !isLoopback(url.host())) {
            throw new IllegalArgumentException(name + " must use https (plain http only for localhost), was \""
                    + value + "\"");
        }
        return url;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1");
    }

    private static FireflyModel model(String value) {
        return FireflyModel.fromWire(value).orElseThrow(() -> new IllegalArgumentException(MODEL
                + " must be one of " + FireflyModel.wireNames() + ", was \"" + value + "\""));
    }

    private static String contentClass(String value) {
        String normalised = value.trim().toLowerCase(Locale.ROOT);
        if (!CONTENT_CLASSES.contains(normalised)) {
            throw new IllegalArgumentException(CONTENT_CLASS + " must be photo or art, was \"" + value + "\"");
        }
        return normalised;
    }

    private static int wholeNumber(ProviderSettings settings, String name, int fallback) {
        Optional<String> value = settings.get(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.get().trim());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // Reported below with the value that was given.
        }
        throw new IllegalArgumentException(name + " must be a whole number of at least 1, was \"" + value.get() + "\"");
    }

    private static double price(ProviderSettings settings) {
        Optional<String> value = settings.get(PRICE_PER_IMAGE_USD);
        if (value.isEmpty()) {
            return ESTIMATED_PRICE_PER_IMAGE_USD;
        }
        try {
            double price = Double.parseDouble(value.get().trim());
            if (price >= 0 && Double.isFinite(price)) {
                return price;
            }
        } catch (NumberFormatException ignored) {
            // Reported below with the value that was given.
        }
        throw new IllegalArgumentException(PRICE_PER_IMAGE_USD + " must be a price in US dollars of 0 or more, such as 0.04, was \""
                + value.get() + "\"");
    }

    @Override
    public String toString() {
        // The record's own toString would be safe (Secret prints ***), but the client id is not
        // for logs either.
        return "FireflySettings[" + baseUrl + ", " + model.wireName() + "]";
    }
}

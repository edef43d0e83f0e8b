package org.creativeautomation.plugins.firefly;

import org.creativeautomation.engine.spi.ImageGeneratorProvider;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FireflySettingsTest {
    private static final Map<String, String> CREDENTIAL = Map.of(
            "FIREFLY_CLIENT_ID", "client-abc", "FIREFLY_CLIENT_SECRET", "secret-xyz");

    private static FireflySettings read(Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(CREDENTIAL);
        values.putAll(extra);
        return FireflySettings.from(ProviderSettings.of(values, Map.of())).orElseThrow();
    }

    @Test
    void withoutACredentialThePluginStaysOff() {
        assertThat(FireflySettings.from(ProviderSettings.of(Map.of(), Map.of()))).isEmpty();
        assertThat(new FireflyImageGeneratorProvider().create(ProviderSettings.of(Map.of(), Map.of()))).isEmpty();
    }

    @Test
    void theCredentialCanComeFromTheEnvironment() {
        assertThat(new FireflyImageGeneratorProvider().create(ProviderSettings.of(Map.of(), CREDENTIAL))).isPresent();
    }

    @Test
    void usesFireflysDocumentedDefaults() {
        FireflySettings settings = read(Map.of());

        assertThat(settings.imsUrl()).hasToString("https://ims-na1.adobelogin.com/ims/token/v3");
        assertThat(settings.baseUrl()).hasToString("https://firefly-api.adobe.io/");
        assertThat(settings.scope()).isEqualTo("openid,AdobeID,session,additional_info,read_organizations,firefly_api,ff_apis");
        assertThat(settings.model()).isEqualTo(FireflyModel.IMAGE_4_STANDARD);
        assertThat(settings.contentClass()).isEqualTo("photo");
        assertThat(settings.requestsPerMinute()).isEqualTo(4);
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.jobTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.pricePerImageUsd()).isEqualTo(0.04);
    }

    @Test
    void halfACredentialNamesWhatIsMissing() {
        assertThatThrownBy(() -> FireflySettings.from(ProviderSettings.of(Map.of("FIREFLY_CLIENT_ID", "client-abc"),
                Map.of()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("FIREFLY_CLIENT_SECRET is not set");
    }

    @Test
    void aRequestLimitMustBeAWholeNumberOfAtLeastOne() {
        assertThatThrownBy(() -> read(Map.of("FIREFLY_REQUESTS_PER_MINUTE", "four")))
                .hasMessage("FIREFLY_REQUESTS_PER_MINUTE must be a whole number of at least 1, was \"four\"");
        assertThatThrownBy(() -> read(Map.of("FIREFLY_REQUESTS_PER_MINUTE", "0")))
                .hasMessageContaining("FIREFLY_REQUESTS_PER_MINUTE");
        assertThat(read(Map.of("FIREFLY_REQUESTS_PER_MINUTE", " 20 ")).requestsPerMinute()).isEqualTo(20);
    }

    @Test
    void credentialsAreOnlySentOverHttpsExceptToThisMachine() {
        assertThatThrownBy(() -> read(Map.of("FIREFLY_IMS_URL", "http://ims.example.com/ims/token/v3")))
                .hasMessageStartingWith("FIREFLY_IMS_URL must use https");
        assertThatThrownBy(() -> read(Map.of("FIREFLY_BASE_URL", "firefly-api.adobe.io")))
                .hasMessageStartingWith("FIREFLY_BASE_URL must be an http(s) URL");
        assertThat(read(Map.of("FIREFLY_BASE_URL", "http://localhost:8080/")).baseUrl().port()).isEqualTo(8080);
    }

    @Test
    void modelContentClassAndPriceAreChecked() {
        assertThatThrownBy(() -> read(Map.of("FIREFLY_IMAGE_MODEL", "image5")))
                .hasMessage("FIREFLY_IMAGE_MODEL must be one of image4_standard, image4_ultra, image3, was \"image5\"");
        assertThatThrownBy(() -> read(Map.of("FIREFLY_CONTENT_CLASS", "vector")))
                .hasMessage("FIREFLY_CONTENT_CLASS must be photo or art, was \"vector\"");
        assertThatThrownBy(() -> read(Map.of("FIREFLY_PRICE_PER_IMAGE_USD", "-1")))
                .hasMessageStartingWith("FIREFLY_PRICE_PER_IMAGE_USD must be a price in US dollars");
        assertThat(read(Map.of("FIREFLY_IMAGE_MODEL", "IMAGE4_ULTRA")).model()).isEqualTo(FireflyModel.IMAGE_4_ULTRA);
    }

    @Test
    void printsNeitherTheSecretNorTheClientId() {
        assertThat(read(Map.of()).toString()).doesNotContain("secret-xyz").doesNotContain("client-abc");
    }

    @Test
    void isFoundByServiceLoader() {
        assertThat(ServiceLoader.load(ImageGeneratorProvider.class).stream().map(ServiceLoader.Provider::get)
                .map(ImageGeneratorProvider::id)).contains("firefly");
    }
}

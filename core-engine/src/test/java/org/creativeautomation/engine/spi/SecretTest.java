package org.creativeautomation.engine.spi;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SecretTest {

    @Test
    void printsAsStarsNeverAsItsValue() {
        Secret key = Secret.of("sk-live-123");

        assertThat(key.toString()).isEqualTo("***");
        assertThat("key=" + key).doesNotContain("sk-live-123");
    }

    @Test
    void revealsItsValueOnlyWhenAsked() {
        assertThat(Secret.of("sk-live-123").reveal()).isEqualTo("sk-live-123");
    }

    @Test
    void staysHiddenInsideAnOptionalAndACollection() {
        var secret = ProviderSettings.of(Map.of(), Map.of("OPENAI_API_KEY", "sk-live-123")).secret("OPENAI_API_KEY");

        assertThat(secret.toString()).doesNotContain("sk-live-123");
        assertThat(java.util.List.of(secret.orElseThrow()).toString()).doesNotContain("sk-live-123");
    }
}

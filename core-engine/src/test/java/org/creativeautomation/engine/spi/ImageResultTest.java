package org.creativeautomation.engine.spi;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageResultTest {

    @Test
    void keepsItsOwnCopyOfTheImageBytes() {
        byte[] png = {1, 2, 3};
        var result = new ImageResult(List.of(png), 0.04, Map.of());

        png[0] = 9;

        assertThat(result.images().get(0)).containsExactly(1, 2, 3);
    }

    @Test
    void rejectsAResultWithoutImages() {
        assertThatThrownBy(() -> new ImageResult(List.of(), 0, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void carriesTheRetryAfterAProviderAskedFor() {
        var limited = new ProviderException(Failure.RATE_LIMITED, "429", Duration.ofSeconds(12));

        assertThat(limited.retryAfter()).contains(Duration.ofSeconds(12));
        assertThat(new ProviderException(Failure.AUTH, "401").retryAfter()).isEmpty();
    }

    @Test
    void onlyRateLimitsTimeoutsAndServerErrorsAreTransient() {
        assertThat(List.of(Failure.values())).filteredOn(Failure::isTransient)
                .containsExactlyInAnyOrder(Failure.RATE_LIMITED, Failure.TIMEOUT, Failure.SERVER_ERROR);
    }
}

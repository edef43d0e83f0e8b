package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.generate.RouterFakes.FakeClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RequestRateLimitTest {

    private final FakeClock clock = new FakeClock();

    @Test
    void allowsABurstUpToTheLimitWithoutWaiting() {
        var limit = new RequestRateLimit(3, clock);

        assertThat(limit.reserve()).isZero();
        assertThat(limit.reserve()).isZero();
        assertThat(limit.reserve()).isZero();
        assertThat(limit.reserve()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void queuesEachFurtherCallBehindTheOneBefore() {
        var limit = new RequestRateLimit(1, clock);
        limit.reserve();

        assertThat(limit.reserve()).isEqualTo(Duration.ofMinutes(1));
        assertThat(limit.reserve()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void refillsEvenlyOverTheMinuteButNeverBeyondTheBurst() {
        var limit = new RequestRateLimit(2, clock);
        limit.reserve();
        limit.reserve();

        clock.advance(Duration.ofSeconds(30));
        assertThat(limit.reserve()).isZero();
        clock.advance(Duration.ofHours(1));
        assertThat(limit.reserve()).isZero();
        assertThat(limit.reserve()).isZero();
        assertThat(limit.reserve()).isEqualTo(Duration.ofSeconds(30));
    }
}

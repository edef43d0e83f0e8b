package org.creativeautomation.engine.generate;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    /** Always draws the given value, to pin jitter to its extremes. */
    private static RandomGenerator drawing(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }

    @Test
    void doublesTheWaitForEachRetryUntilTheCap() {
        var policy = new RetryPolicy(10, Duration.ofMillis(250), Duration.ofSeconds(2), 0.0);
        RandomGenerator random = new Random(1);

        assertThat(policy.backoff(1, random)).isEqualTo(Duration.ofMillis(250));
        assertThat(policy.backoff(2, random)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(3, random)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(4, random)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoff(60, random)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void jitterShortensTheWaitByAtMostItsFraction() {
        var policy = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(10), 0.25);

        assertThat(policy.backoff(1, drawing(0.0))).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(1, drawing(0.999999))).isBetween(Duration.ofMillis(750), Duration.ofMillis(751));
        assertThat(policy.backoff(2, drawing(0.5))).isEqualTo(Duration.ofMillis(1750));
    }

    @Test
    void rejectsAJitterOutsideZeroToOne() {
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(2), 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsACapBelowTheBase() {
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

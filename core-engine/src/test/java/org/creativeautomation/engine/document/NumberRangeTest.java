package org.creativeautomation.engine.document;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class NumberRangeTest {
    @Test
    void describesEachKindOfRangeAsMessagesSayIt() {
        assertThat(NumberRange.between(0, 100).describe()).isEqualTo("0 to 100");
        assertThat(NumberRange.moreThan(0).atMost(50).describe()).isEqualTo("more than 0, at most 50");
        assertThat(NumberRange.atLeast(8).describe()).isEqualTo("at least 8");
        assertThat(NumberRange.atLeast(1).lessThan(10).describe()).isEqualTo("at least 1, less than 10");
    }

    @Test
    void includesOrExcludesEachBoundAsStated() {
        NumberRange range = NumberRange.moreThan(0).atMost(50);

        assertThat(range.contains(BigDecimal.ZERO)).isFalse();
        assertThat(range.contains(new BigDecimal("0.5"))).isTrue();
        assertThat(range.contains(new BigDecimal("50.0"))).isTrue();
        assertThat(range.contains(new BigDecimal("50.01"))).isFalse();
        assertThat(NumberRange.ANY.contains(new BigDecimal("-1e9"))).isTrue();
    }
}

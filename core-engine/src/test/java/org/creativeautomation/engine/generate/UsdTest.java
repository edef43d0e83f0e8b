package org.creativeautomation.engine.generate;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class UsdTest {
    @Test
    void addsCentsExactly() {
        Usd sum = Usd.of(0.1).plus(Usd.of(0.2));

        assertThat(sum).isEqualTo(Usd.parse("0.3"));
        assertThat(sum.micros()).isEqualTo(300_000);
    }

    @Test
    void printsAsPeopleWritePrices() {
        assertThat(Usd.parse("0.04")).hasToString("$0.04");
        assertThat(Usd.parse("0.167")).hasToString("$0.167");
        assertThat(Usd.parse("12")).hasToString("$12.00");
        assertThat(Usd.ZERO).hasToString("$0.00");
        assertThat(Usd.parse("0.25").dollars()).isEqualTo(new BigDecimal("0.25"));
        assertThat(Usd.parse("3").dollars()).isEqualTo(new BigDecimal("3"));
    }

    @Test
    void whatIsLeftNeverGoesBelowZero() {
        assertThat(Usd.parse("0.05").minusOrZero(Usd.parse("0.08"))).isEqualTo(Usd.ZERO);
        assertThat(Usd.parse("0.05").minusOrZero(Usd.parse("0.04"))).isEqualTo(Usd.parse("0.01"));
    }
}

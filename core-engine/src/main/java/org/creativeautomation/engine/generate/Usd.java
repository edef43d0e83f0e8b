package org.creativeautomation.engine.generate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of US dollars, held as whole micro-dollars so that budgets and ledger sums add up
 * exactly: $0.04 + $0.04 is $0.08, never $0.08000000000000002.
 */
public record Usd(long micros) implements Comparable<Usd> {
    public static final Usd ZERO = new Usd(0);
    private static final int SCALE = 6;

    public Usd {
        if (micros < 0) {
            throw new IllegalArgumentException("an amount must not be negative, was " + micros + " micro-dollars");
        }
    }

    /** Rounded to the nearest micro-dollar. */
    @JsonCreator
    public static Usd of(BigDecimal dollars) {
        Objects.requireNonNull(dollars, "dollars");
        return new Usd(dollars.setScale(SCALE, RoundingMode.HALF_UP).movePointRight(SCALE).longValueExact());
    }

    /** A provider's reported cost; rounded to the nearest micro-dollar. */
    public static Usd of(double dollars) {
        if (!Double.isFinite(dollars)) {
            throw new IllegalArgumentException("an amount must be finite, was " + dollars);
        }
        return of(BigDecimal.valueOf(dollars));
    }

    public static Usd parse(String dollars) {
        return of(new BigDecimal(dollars));
    }

    @JsonValue
    public BigDecimal dollars() {
        BigDecimal value = BigDecimal.valueOf(micros, SCALE).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    public Usd plus(Usd other) {
        return new Usd(Math.addExact(micros, other.micros));
    }

    /** What is left of this after {@code other}, never below zero. */
    public Usd minusOrZero(Usd other) {
        return new Usd(Math.max(0, micros - other.micros));
    }

    public Usd times(int count) {
        return new Usd(Math.multiplyExact(micros, count));
    }

    public boolean isZero() {
        return micros == 0;
    }

    @Override
    public int compareTo(Usd other) {
        return Long.compare(micros, other.micros);
    }

    /** As people write prices: {@code $0.04}, {@code $0.167}, {@code $12.00}. */
    @Override
    public String toString() {
        BigDecimal value = BigDecimal.valueOf(micros, SCALE).stripTrailingZeros();
        if (value.scale() < 2) {
            value = value.setScale(2, RoundingMode.UNNECESSARY);
        }
        return "$" + value.toPlainString();
    }
}

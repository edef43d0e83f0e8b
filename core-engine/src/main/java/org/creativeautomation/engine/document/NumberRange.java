package org.creativeautomation.engine.document;

import java.math.BigDecimal;

/**
 * The values a number field accepts, and how messages state them: {@code 0 to 100},
 * {@code more than 0, at most 50}, {@code at least 8}. A null bound leaves that side open.
 */
public record NumberRange(BigDecimal min, boolean minIncluded, BigDecimal max, boolean maxIncluded) {
    /** Every finite number. */
    public static final NumberRange ANY = new NumberRange(null, false, null, false);

    /** From {@code min} to {@code max}, both included. */
    public static NumberRange between(long min, long max) {
        return atLeast(min).atMost(max);
    }

    public static NumberRange atLeast(long min) {
        return new NumberRange(BigDecimal.valueOf(min), true, null, false);
    }

    public static NumberRange moreThan(long min) {
        return new NumberRange(BigDecimal.valueOf(min), false, null, false);
    }

    public NumberRange atMost(long max) {
        return new NumberRange(min, minIncluded, BigDecimal.valueOf(max), true);
    }

    public NumberRange lessThan(long max) {
        return new NumberRange(min, minIncluded, BigDecimal.valueOf(max), false);
    }

    public boolean contains(BigDecimal value) {
        if (min != null) {
            int c = value.compareTo(min);
            if (c < 0 || c == 0 && !minIncluded) {
                return false;
            }
        }
        if (max != null) {
            int c = value.compareTo(max);
            return c < 0 || c == 0 && maxIncluded;
        }
        return true;
    }

    /** The range as messages state it. */
    public String describe() {
        if (min != null && max != null && minIncluded && maxIncluded) {
            return min.toPlainString() + " to " + max.toPlainString();
        }
        if (min == null && max == null) {
            return "any number";
        }
        String lower = min == null ? null : (minIncluded ? "at least " : "more than ") + min.toPlainString();
        String upper = max == null ? null : (maxIncluded ? "at most " : "less than ") + max.toPlainString();
        return lower == null ? upper : upper == null ? lower : lower + ", " + upper;
    }
}

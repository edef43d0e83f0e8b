package org.creativeautomation.engine.generate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Objects;

/**
 * Why a run stopped calling paid image providers: the first call that a spending cap did not cover.
 *
 * @param provider the provider that was not called
 * @param model    its model
 * @param estimate what the call would have cost; null when its price is unknown
 * @param cap      the cap it would have gone over
 * @param limit    that cap
 * @param left     what was left of it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"provider", "model", "estimate", "cap", "limit", "left"})
public record BudgetStop(String provider, String model, Usd estimate, Cap cap, Usd limit, Usd left) {

    /** A spending cap. */
    public enum Cap {
        /** {@code studio run --budget USD}: what one run may spend. */
        RUN("the run's budget (--budget)"),
        /** The brief's {@code budget.maxUsd}: what the campaign may spend over all its runs. */
        CAMPAIGN("the campaign's budget (budget.maxUsd in the brief)");

        private final String description;

        Cap(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public BudgetStop {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(left, "left");
    }

    /** What was measured, as a finding states it: {@code estimate $0.04} or {@code no known price}. */
    @JsonIgnore
    public String measured() {
        return estimate == null ? provider + " " + model + ": no known price"
                : provider + " " + model + ": estimate " + estimate;
    }

    /** The rule, as a finding states it: {@code at most $0.01 left of the campaign's budget of $0.05}. */
    @JsonIgnore
    public String expected() {
        return "at most " + left + " left of " + cap.description() + " of " + limit;
    }

    /** One sentence for people. */
    @JsonIgnore
    public String message() {
        return estimate == null
                ? provider + " (" + model + ") has no known price, so " + cap.description() + " of " + limit
                        + " cannot cover it"
                : provider + " (" + model + ") would cost " + estimate + ", more than the " + left + " left of "
                        + cap.description() + " of " + limit;
    }
}

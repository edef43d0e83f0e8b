package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.generate.RouterFakes.ScriptedGenerator;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creativeautomation.engine.generate.RouterFakes.image;

class GenerationBudgetTest {
    /** The fakes' provider at $0.04 an image; {@code local} free as shipped. */
    private static final PriceTable PRICES = PriceTable.shipped().overriddenBy(new PriceTable(Map.of("paid",
            new ProviderPrices(java.time.LocalDate.of(2026, 11, 25), "test",
                    new ProviderPrices.PerImage(Usd.parse("0.04"))))));

    private final ImageGenerator paid = new ScriptedGenerator("paid");
    private final ImageGenerator free = new ScriptedGenerator("local");

    private static ImageGenerationRequest request() {
        return new ImageGenerationRequest(null, "a can", null, 2048, 2048, 1L, null);
    }

    @Test
    void admitsWhatTheCapCoversAndStopsPaidCallsAtTheFirstItDoesNot() {
        GenerationBudget budget = new GenerationBudget(PRICES, null, Usd.parse("0.05"), Usd.ZERO);
        ImageGenerationRequest first = request();
        ImageGenerationRequest second = request();

        assertThat(budget.admit(paid, first)).isTrue();
        budget.settle(paid, first, image("paid"));
        boolean secondAdmitted = budget.admit(paid, second);

        assertThat(secondAdmitted).isFalse();
        assertThat(budget.spent()).isEqualTo(Usd.parse("0.04"));
        assertThat(budget.stop()).hasValueSatisfying(stop -> {
            assertThat(stop.cap()).isEqualTo(BudgetStop.Cap.CAMPAIGN);
            assertThat(stop.estimate()).isEqualTo(Usd.parse("0.04"));
            assertThat(stop.left()).isEqualTo(Usd.parse("0.01"));
            assertThat(stop.message()).isEqualTo("paid (fake-1) would cost $0.04, more than the $0.01 left of the "
                    + "campaign's budget (budget.maxUsd in the brief) of $0.05");
        });
        assertThat(budget.admit(free, request())).as("free calls go on").isTrue();
    }

    @Test
    void countsWhatTheCampaignSpentInEarlierRuns() {
        GenerationBudget budget = new GenerationBudget(PRICES, null, Usd.parse("0.10"), Usd.parse("0.07"));

        assertThat(budget.admit(paid, request())).isFalse();
        assertThat(budget.stop().orElseThrow().left()).isEqualTo(Usd.parse("0.03"));
    }

    @Test
    void holdsTheEstimateOfACallInFlightSoTwoCallsCannotTogetherGoOver() {
        GenerationBudget budget = new GenerationBudget(PRICES, Usd.parse("0.05"), null, Usd.ZERO);
        ImageGenerationRequest inFlight = request();

        assertThat(budget.admit(paid, inFlight)).isTrue();
        assertThat(budget.admit(paid, request())).isFalse();
        assertThat(budget.stop().orElseThrow().cap()).isEqualTo(BudgetStop.Cap.RUN);
    }

    @Test
    void aFailedCallCostsNothing() {
        GenerationBudget budget = new GenerationBudget(PRICES, Usd.parse("0.05"), null, Usd.ZERO);
        ImageGenerationRequest failing = request();

        budget.admit(paid, failing);
        budget.settle(paid, failing, null);

        assertThat(budget.spent()).isEqualTo(Usd.ZERO);
        assertThat(budget.admit(paid, request())).isTrue();
    }

    @Test
    void aCallOfUnknownPriceIsNotMadeUnderACapButIsWithoutOne() {
        ImageGenerator unknown = new ScriptedGenerator("mystery");

        GenerationBudget capped = new GenerationBudget(PRICES, Usd.parse("100"), null, Usd.ZERO);
        GenerationBudget open = GenerationBudget.unlimited(PRICES);

        assertThat(capped.admit(unknown, request())).isFalse();
        assertThat(capped.stop().orElseThrow().message()).contains("mystery (fake-1) has no known price");
        assertThat(open.admit(unknown, request())).isTrue();
    }

    @Test
    void chargesWhatTheProviderReportedElseTheTablePrice() {
        PriceEstimate estimate = PRICES.estimate(paid, request());

        assertThat(GenerationBudget.costOf(estimate, image("paid"))).isEqualTo(Usd.parse("0.04"));
        assertThat(GenerationBudget.costOf(estimate, new org.creativeautomation.engine.spi.ImageResult(
                java.util.List.of(new byte[]{1}), 0.0, Map.of()))).as("reported nothing").isEqualTo(Usd.parse("0.04"));
        assertThat(GenerationBudget.costOf(estimate, new org.creativeautomation.engine.spi.ImageResult(
                java.util.List.of(new byte[]{1}), 0.06, Map.of()))).isEqualTo(Usd.parse("0.06"));
    }
}

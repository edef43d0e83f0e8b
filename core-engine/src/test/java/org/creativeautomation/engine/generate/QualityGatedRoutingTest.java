package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.asset.IngestLimits;
import org.creativeautomation.engine.generate.Attempt.Outcome;
import org.creativeautomation.engine.generate.RouterFakes.FakeClock;
import org.creativeautomation.engine.generate.RouterFakes.RecordingSleeper;
import org.creativeautomation.engine.generate.RouterFakes.ScriptedGenerator;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.creativeautomation.engine.generate.GeneratedPngs.result;

/**
 * The router with the hero quality gate: rejected images are asked for again, then failed over; a
 * rejected image is paid for all the same.
 */
class QualityGatedRoutingTest {
    private static final ImageGenerationRequest REQUEST =
            new ImageGenerationRequest(null, "A can on a stone.", null, 256, 256, 7L, null);
    private static final byte[] GOOD = GeneratedPngs.productShot(256, 256);

    private final FakeClock clock = new FakeClock();

    /** The scripted providers at $0.04 an image. */
    private static final PriceTable PRICES = PriceTable.shipped().overriddenBy(new PriceTable(Map.of(
            "gen", new ProviderPrices(LocalDate.of(2026, 11, 25), "test",
                    new ProviderPrices.PerImage(Usd.parse("0.04"))))));

    private ProviderRouter router(ImageGenerator... providers) {
        return new ProviderRouter(List.of(providers), new RetryPolicy(3, Duration.ZERO, Duration.ZERO, 0),
                new ProviderLimits(10, Duration.ofSeconds(30), 4, 6000), new HeroQualityGate(IngestLimits.defaults()),
                HeroQualityGate.REGENERATIONS, new RecordingSleeper(clock), clock, new Random(1));
    }

    @Test
    void aBlankImageIsRejectedAndTheNextOneUsed() {
        var provider = new ScriptedGenerator("gen")
                .then(request -> result(GeneratedPngs.blank(256, 256)))
                .then(request -> result(GOOD));

        RoutedImage routed = router(provider).generate(REQUEST);

        assertThat(routed.result().images().get(0)).isEqualTo(GOOD);
        assertThat(routed.attempts()).extracting(Attempt::label).containsExactly("rejected: blank", "succeeded");
        assertThat(provider.calls()).isEqualTo(2);
    }

    @Test
    void aRegenerationAsksWithAnotherSeedSoASeededProviderDoesNotRepeatItself() {
        var provider = new ScriptedGenerator("gen")
                .then(request -> result(GeneratedPngs.blank(256, 256)))
                .then(request -> result(GOOD));

        router(provider).generate(REQUEST);

        assertThat(provider.received).extracting(ImageGenerationRequest::seed).containsExactly(7L, 8L);
        assertThat(provider.received).extracting(ImageGenerationRequest::prompt).containsOnly(REQUEST.prompt());
    }

    @Test
    void anImageOfTheWrongSizeIsRejected() {
        var provider = new ScriptedGenerator("gen")
                .then(request -> result(GeneratedPngs.productShot(128, 128)))
                .then(request -> result(GOOD));

        RoutedImage routed = router(provider).generate(REQUEST);

        assertThat(routed.attempts()).extracting(Attempt::label)
                .containsExactly("rejected: wrong size 128x128 (asked 256x256)", "succeeded");
    }

    @Test
    void undecodableBytesAreRejected() {
        var provider = new ScriptedGenerator("gen")
                .then(request -> result(GeneratedPngs.undecodable()))
                .then(request -> result(GOOD));

        RoutedImage routed = router(provider).generate(REQUEST);

        assertThat(routed.attempts()).extracting(Attempt::label).containsExactly("rejected: undecodable", "succeeded");
        assertThat(routed.result().images().get(0)).isEqualTo(GOOD);
    }

    @Test
    void aProviderWhoseImagesKeepFailingTheGateIsFailedOverAfterTwoRegenerations() {
        var broken = new ScriptedGenerator("broken");
        for (int i = 0; i < 5; i++) {
            broken.then(request -> result(GeneratedPngs.blank(256, 256)));
        }
        var backup = new ScriptedGenerator("backup").then(request -> result(GOOD));

        RoutedImage routed = router(broken, backup).generate(REQUEST);

        assertThat(routed.provider()).isEqualTo("backup");
        assertThat(broken.calls()).isEqualTo(1 + HeroQualityGate.REGENERATIONS);
        assertThat(routed.attempts()).extracting(a -> a.provider() + " " + a.label()).containsExactly(
                "broken rejected: blank", "broken rejected: blank", "broken rejected: blank", "backup succeeded");
    }

    @Test
    void whenEveryProvidersImagesAreRejectedTheRoutingFailsWithEveryAttempt() {
        var only = new ScriptedGenerator("only");
        for (int i = 0; i < 3; i++) {
            only.then(request -> result(GeneratedPngs.undecodable()));
        }

        assertThatThrownBy(() -> router(only).generate(REQUEST))
                .isInstanceOfSatisfying(NoProviderSucceededException.class, e -> {
                    assertThat(e.attempts()).extracting(Attempt::outcome)
                            .containsExactly(Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED);
                    assertThat(e.getCause()).hasMessageContaining("rejected 3 times, last: undecodable");
                });
    }

    @Test
    void recordsTheCallsLatencyForARejectedAttempt() {
        var slow = new ScriptedGenerator("slow")
                .then(request -> {
                    clock.advance(Duration.ofMillis(900));
                    return result(GeneratedPngs.blank(256, 256));
                })
                .then(request -> result(GOOD));

        RoutedImage routed = router(slow).generate(REQUEST);

        assertThat(routed.attempts()).containsExactly(new Attempt("slow", Outcome.REJECTED, 900, "blank", 0.04),
                new Attempt("slow", Outcome.SUCCEEDED, 0));
    }

    @Test
    void eachProviderIsAskedWithTheRequestMadeForIt() {
        var first = new ScriptedGenerator("first").then(request -> result(GeneratedPngs.blank(256, 256)))
                .then(request -> result(GeneratedPngs.blank(256, 256)))
                .then(request -> result(GeneratedPngs.blank(256, 256)));
        var second = new ScriptedGenerator("second").then(request -> result(GeneratedPngs.productShot(128, 64)));

        RoutedImage routed = router(first, second).generate(provider -> provider.id().equals("second")
                ? new ImageGenerationRequest(null, "wide", null, 128, 64, null, null) : REQUEST);

        assertThat(routed.provider()).isEqualTo("second");
        assertThat(second.received).extracting(r -> r.width() + "x" + r.height()).containsExactly("128x64");
        assertThat(routed.attempts()).extracting(a -> a.provider() + " " + a.label()).containsExactly(
                "first rejected: blank", "first rejected: blank", "first rejected: blank", "second succeeded");
    }

    private ProviderRouter budgeted(GenerationBudget budget, ImageGenerator provider) {
        return new ProviderRouter(List.of(provider), new RetryPolicy(3, Duration.ZERO, Duration.ZERO, 0),
                new ProviderLimits(10, Duration.ofSeconds(30), 4, 6000), new HeroQualityGate(IngestLimits.defaults()),
                HeroQualityGate.REGENERATIONS, new RecordingSleeper(clock), clock, new Random(1), budget);
    }

    @Test
    void aRejectedImageIsChargedToTheBudgetAndKeepsItsCostInItsAttempt() {
        var provider = new ScriptedGenerator("gen")
                .then(request -> result(GeneratedPngs.blank(256, 256)))
                .then(request -> result(GOOD));
        GenerationBudget budget = GenerationBudget.unlimited(PRICES);

        RoutedImage routed = budgeted(budget, provider).generate(REQUEST);

        assertThat(budget.spent()).as("the rejected image was paid for too").isEqualTo(Usd.parse("0.08"));
        assertThat(routed.attempts()).extracting(Attempt::outcome, Attempt::costUsd)
                .containsExactly(tuple(Outcome.REJECTED, 0.04),
                        tuple(Outcome.SUCCEEDED, 0.0));
    }

    @Test
    void aRegenerationTheBudgetNoLongerCoversIsNotMade() {
        var provider = new ScriptedGenerator("gen")
                .then(request -> result(GeneratedPngs.blank(256, 256)))
                .then(request -> result(GOOD));
        GenerationBudget budget = new GenerationBudget(PRICES, Usd.parse("0.05"), null, Usd.ZERO);

        assertThatThrownBy(() -> budgeted(budget, provider).generate(REQUEST))
                .isInstanceOfSatisfying(NoProviderSucceededException.class, e -> assertThat(e.attempts())
                        .extracting(Attempt::label).containsExactly("rejected: blank", "over-budget"));
        assertThat(provider.calls()).isEqualTo(1);
        assertThat(budget.spent()).isEqualTo(Usd.parse("0.04"));
        assertThat(budget.stop().orElseThrow().left()).isEqualTo(Usd.parse("0.01"));
    }
}

package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.generate.Attempt.Outcome;
import org.creativeautomation.engine.generate.RouterFakes.FakeClock;
import org.creativeautomation.engine.generate.RouterFakes.RecordingSleeper;
import org.creativeautomation.engine.generate.RouterFakes.ScriptedGenerator;
import org.creativeautomation.engine.spi.ExpandRequest;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ImageCapabilities;
import org.creativeautomation.engine.spi.ImageExpander;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.spi.ProviderException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Expansions go through the router like generations: in order, under the gate, with failover. */
class ProviderRouterExpandTest {
    private static final RetryPolicy ONCE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0);
    private static final ProviderLimits ROOMY = new ProviderLimits(10, Duration.ofSeconds(30), 8, 6000);
    private static final ExpandRequest REQUEST = new ExpandRequest(new byte[]{1, 2, 3}, 400, 300, 0, 100, 0, 200,
            "Continue the studio sweep. No text.", 9L);

    private final FakeClock clock = new FakeClock();
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    /** A provider with an expander that answers from a script, then succeeds. */
    private static final class ExpandingGenerator implements ImageGenerator, ImageExpander {
        final List<ExpandRequest> expansions = new ArrayList<>();
        private final String id;
        private final Deque<ProviderException> failures = new ArrayDeque<>();

        ExpandingGenerator(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public ImageCapabilities capabilities() {
            return new ImageCapabilities(List.of(id + "-1"), List.of(), false, true, 0.01);
        }

        @Override
        public ImageResult generate(ImageGenerationRequest request) {
            throw new AssertionError("an expansion never generates");
        }

        ExpandingGenerator failingOnce(ProviderException failure) {
            failures.add(failure);
            return this;
        }

        @Override
        public Optional<ImageExpander> expander() {
            return Optional.of(this);
        }

        @Override
        public String model() {
            return id + "-expand";
        }

        @Override
        public synchronized ImageResult expand(ExpandRequest request) {
            expansions.add(request);
            ProviderException failure = failures.poll();
            if (failure != null) {
                throw failure;
            }
            return RouterFakes.image(id + " expanded");
        }
    }

    private static ImageGenerationRequest priced(ImageGenerator provider) {
        return new ImageGenerationRequest(provider.id() + "-expand", REQUEST.prompt(), null, REQUEST.expandedWidth(),
                REQUEST.expandedHeight(), REQUEST.seed(), null);
    }

    @Test
    void asksOnlyProvidersThatExpandInChainOrderAndFailsOver() {
        var plain = new ScriptedGenerator("plain");
        var broken = new ExpandingGenerator("broken").failingOnce(new ProviderException(Failure.AUTH, "bad key"));
        var good = new ExpandingGenerator("good");
        ProviderRouter router = new ProviderRouter(List.of(plain, broken, good), ONCE, ROOMY, sleeper, clock,
                new Random(1));

        RoutedImage routed = router.expand(REQUEST, ProviderRouterExpandTest::priced);

        assertThat(router.expands()).isTrue();
        assertThat(plain.calls()).as("generation is never called for an expansion").isZero();
        assertThat(routed.provider()).isEqualTo("good");
        assertThat(routed.result().metadata()).containsEntry("madeBy", "good expanded");
        assertThat(routed.attempts()).extracting(Attempt::provider, Attempt::outcome)
                .containsExactly(tuple("broken", Outcome.FAILED_OVER), tuple("good", Outcome.SUCCEEDED));
        assertThat(good.expansions).containsExactly(REQUEST);
    }

    @Test
    void theGatePricesEachProvidersOwnExpansionAndMaySkipIt() {
        var first = new ExpandingGenerator("first");
        var second = new ExpandingGenerator("second");
        List<ImageGenerationRequest> admitted = new ArrayList<>();
        CallGate onlySecond = new CallGate() {
            @Override
            public boolean admit(ImageGenerator provider, ImageGenerationRequest request) {
                admitted.add(request);
                return provider.id().equals("second");
            }

            @Override
            public void settle(ImageGenerator provider, ImageGenerationRequest request, ImageResult result) {
            }
        };

        RoutedImage routed = new ProviderRouter(List.of(first, second), ONCE, ROOMY, sleeper, clock, new Random(1),
                onlySecond).expand(REQUEST, ProviderRouterExpandTest::priced);

        assertThat(first.expansions).isEmpty();
        assertThat(routed.attempts()).extracting(Attempt::provider, Attempt::outcome)
                .containsExactly(tuple("first", Outcome.OVER_BUDGET), tuple("second", Outcome.SUCCEEDED));
        assertThat(admitted).extracting(ImageGenerationRequest::model, ImageGenerationRequest::width,
                        ImageGenerationRequest::height)
                .containsExactly(tuple("first-expand", 400, 600), tuple("second-expand", 400, 600));
    }

    @Test
    void aRefusedPromptIsRetriedOnceSanitised() {
        var refusing = new ExpandingGenerator("refusing")
                .failingOnce(new ProviderException(Failure.REFUSED, "content policy"));
        ExpandRequest risky = REQUEST.withPrompt("Continue the studio sweep. A woman walks past.");

        new ProviderRouter(List.<ImageGenerator>of(refusing), ONCE, ROOMY, sleeper, clock, new Random(1))
                .expand(risky, ProviderRouterExpandTest::priced);

        assertThat(refusing.expansions).hasSize(2);
        assertThat(refusing.expansions.get(1).prompt()).isEqualTo("Continue the studio sweep.");
        assertThat(refusing.expansions.get(1).image()).isEqualTo(risky.image());
    }

    @Test
    void withNoProviderThatExpandsThereIsNothingToAsk() {
        ProviderRouter router = new ProviderRouter(List.<ImageGenerator>of(new ScriptedGenerator("plain")), ONCE, ROOMY,
                sleeper, clock, new Random(1));

        assertThat(router.expands()).isFalse();
        assertThatThrownBy(() -> router.expand(REQUEST, ProviderRouterExpandTest::priced))
                .isInstanceOfSatisfying(NoProviderSucceededException.class, e -> {
                    assertThat(e.attempts()).isEmpty();
                    assertThat(e.getMessage()).contains("no expansion provider succeeded");
                });
    }

    @Test
    void aRejectedExpansionIsAskedForAgainWithAnotherSeedThenFailedOver() {
        var first = new ExpandingGenerator("first");
        var second = new ExpandingGenerator("second");
        int[] judged = {0};
        ImageAcceptance rejectsThreeExpansions = new ImageAcceptance() {
            @Override
            public Optional<String> rejection(ImageGenerationRequest request, ImageResult result) {
                throw new AssertionError("an expansion is judged as one");
            }

            @Override
            public Optional<String> expansionRejection(ExpandRequest request, ImageGenerationRequest priced,
                                                       ImageResult result) {
                return ++judged[0] <= 3 ? Optional.of("flagged violence") : Optional.empty();
            }
        };
        ProviderRouter router = new ProviderRouter(List.of(first, second), ONCE, ROOMY, rejectsThreeExpansions, 2,
                sleeper, clock, new Random(1));

        RoutedImage routed = router.expand(REQUEST, ProviderRouterExpandTest::priced);

        assertThat(routed.provider()).isEqualTo("second");
        assertThat(first.expansions).extracting(ExpandRequest::seed).containsExactly(9L, 10L, 11L);
        assertThat(first.expansions).extracting(ExpandRequest::prompt).containsOnly(REQUEST.prompt());
        assertThat(second.expansions).extracting(ExpandRequest::seed).containsExactly(9L);
        assertThat(routed.attempts()).extracting(a -> a.provider() + " " + a.label()).containsExactly(
                "first rejected: flagged violence", "first rejected: flagged violence",
                "first rejected: flagged violence", "second succeeded");
        assertThat(routed.attempts().get(0).costUsd()).as("a rejected expansion was paid for").isEqualTo(0.04);
    }
}

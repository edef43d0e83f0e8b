package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.spi.ImageCapabilities;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.spi.ProviderException;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Test doubles for the router: a steppable clock, a sleeper that only records, scripted providers. */
final class RouterFakes {

    static final ImageGenerationRequest REQUEST =
            new ImageGenerationRequest(null, "Sparkling water can on a wet stone.", null, 512, 512, 7L, null);

    private RouterFakes() {
    }

    /** Time that moves only when told to. */
    static final class FakeClock implements NanoClock {
        private long now = 1_000_000_000L;

        @Override
        public synchronized long nanoTime() {
            return now;
        }

        synchronized void advance(Duration duration) {
            now += duration.toNanos();
        }
    }

    /** Records each wait and moves the fake clock by it instead of sleeping. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> waits = new ArrayList<>();
        private final FakeClock clock;

        RecordingSleeper(FakeClock clock) {
            this.clock = clock;
        }

        @Override
        public synchronized void sleep(Duration duration) {
            waits.add(duration);
            clock.advance(duration);
        }
    }

    /** A provider that answers from a script; once the script runs out it keeps succeeding. */
    static final class ScriptedGenerator implements ImageGenerator {
        final List<ImageGenerationRequest> received = new ArrayList<>();
        private final String id;
        private final Deque<Function<ImageGenerationRequest, ImageResult>> script = new ArrayDeque<>();

        ScriptedGenerator(String id) {
            this.id = id;
        }

        ScriptedGenerator failing(ProviderException failure, int times) {
            for (int i = 0; i < times; i++) {
                script.add(request -> {
                    throw failure;
                });
            }
            return this;
        }

        ScriptedGenerator then(Function<ImageGenerationRequest, ImageResult> step) {
            script.add(step);
            return this;
        }

        int calls() {
            return received.size();
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public ImageCapabilities capabilities() {
            return new ImageCapabilities(List.of("fake-1"), List.of(), true, true, 0.01);
        }

        @Override
        public ImageResult generate(ImageGenerationRequest request) {
            Function<ImageGenerationRequest, ImageResult> step;
            synchronized (this) {
                received.add(request);
                step = script.poll();
            }
            return step == null ? image(id) : step.apply(request);
        }
    }

    static ImageResult image(String madeBy) {
        return new ImageResult(List.of(new byte[]{1, 2, 3}), 0.04, Map.of("madeBy", madeBy));
    }
}

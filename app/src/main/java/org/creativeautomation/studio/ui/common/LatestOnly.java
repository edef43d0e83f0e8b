package org.creativeautomation.studio.ui.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Background work of which only the latest request matters, as when a preview follows typing: a
 * request waits {@code delay} for the next keystroke, runs on the background executor, and its
 * result reaches the FX thread only if no newer request came meanwhile. Stale work is dropped,
 * never applied out of order.
 */
public final class LatestOnly {
    private static final Logger LOG = LoggerFactory.getLogger(LatestOnly.class);

    private final UiExecutors executors;
    private final Duration delay;
    private final AtomicLong latest = new AtomicLong();
    private ScheduledFuture<?> waiting;

    public LatestOnly(UiExecutors executors, Duration delay) {
        this.executors = executors;
        this.delay = delay;
    }

    /**
     * @param work      runs on the background executor
     * @param onResult  runs on the FX thread with the result, if this is still the latest request
     * @param onFailure runs on the FX thread with what the work threw, under the same condition
     */
    public synchronized <T> void submit(Callable<T> work, Consumer<T> onResult, Consumer<Exception> onFailure) {
        long request = latest.incrementAndGet();
        if (waiting != null) {
            waiting.cancel(false);
            waiting = null;
        }
        Runnable job = () -> run(request, work, onResult, onFailure);
        if (delay.isZero() || executors.timer() == null) {
            executors.background().execute(job);
        } else {
            waiting = executors.timer().schedule(() -> executors.background().execute(job), delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Drops whatever was requested: nothing pending will be applied. */
    public synchronized void cancel() {
        latest.incrementAndGet();
        if (waiting != null) {
            waiting.cancel(false);
            waiting = null;
        }
    }

    private <T> void run(long request, Callable<T> work, Consumer<T> onResult, Consumer<Exception> onFailure) {
        if (latest.get() != request) {
            return;
        }
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            LOG.debug("Background work failed", e);
            executors.fx().execute(() -> {
                if (latest.get() == request) {
                    onFailure.accept(e);
                }
            });
            return;
        }
        executors.fx().execute(() -> {
            if (latest.get() == request) {
                onResult.accept(result);
            }
        });
    }
}

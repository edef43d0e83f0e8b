package org.creativeautomation.server.events;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every team's head from the shared database at a fixed interval, so that studios connected to
 * this server hear of changes committed through any other server of the same deployment.
 */
public final class HeadWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HeadWatcher.class);

    private final Supplier<Map<String, Long>> heads;
    private final ChangeNotifier notifier;
    private ScheduledExecutorService timer;

    public HeadWatcher(Supplier<Map<String, Long>> heads, ChangeNotifier notifier) {
        this.heads = heads;
        this.notifier = notifier;
    }

    public synchronized void start(Duration interval) {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "sync-head-watcher");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(10, interval.toMillis());
        timer.scheduleWithFixedDelay(this::checkNow, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** One look at the heads. */
    public void checkNow() {
        try {
            heads.get().forEach(notifier::headMoved);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the change feed heads: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}

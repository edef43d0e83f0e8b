package org.creativeautomation.studio.ui.common;

import javafx.application.Platform;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where view models run their work: engine calls on {@code background}, results applied on
 * {@code fx}, delays (debouncing) timed by {@code timer}. Tests pass executors that run in place.
 *
 * @param timer may be null when every delay a view model uses is zero
 */
public record UiExecutors(Executor background, Executor fx, ScheduledExecutorService timer) {

    /**
     * The studio's own: two background workers (one per core on the laptops we target), the FX thread.
     * Work handed over after {@link #shutdown} (a result arriving as the window closes) is dropped.
     */
    public static UiExecutors forStudio() {
        ExecutorService workers = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                daemon("studio-worker"), new ThreadPoolExecutor.DiscardPolicy());
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemon("studio-timer"),
                new ThreadPoolExecutor.DiscardPolicy());
        timer.setRemoveOnCancelPolicy(true);
        return new UiExecutors(workers, Platform::runLater, timer);
    }

    /** Stops the studio's threads; work in flight is abandoned, as the window is closing. */
    public void shutdown() {
        if (background instanceof ExecutorService service) {
            service.shutdownNow();
        }
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

package org.creativeautomation.server.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The metrics this server exposes at /metrics. They describe this process only; Prometheus scrapes
 * every instance and adds them up.
 */
public final class ServerMetrics {
    private final List<Metric> metrics = new ArrayList<>();

    public final Histogram requestSeconds = register(new Histogram("studio_http_request_duration_seconds",
            "Time to answer an HTTP request, by method, route and status.", List.of("method", "route", "status"),
            0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10));
    public final Histogram syncLagSeconds = register(new Histogram("studio_sync_lag_seconds",
            "How long the oldest change a pull delivered had waited since it was committed.", List.of(),
            0.1, 0.5, 1, 5, 15, 60, 300, 1800, 3600, 21600, 86400));
    public final Counter blobBytes = register(new Counter("studio_blob_bytes_total",
            "Blob bytes received (in) and sent (out).", List.of("direction")));
    public final Counter mutations = register(new Counter("studio_sync_mutations_total",
            "Pushed mutations by outcome.", List.of("status")));
    public final Counter changesPulled = register(new Counter("studio_sync_changes_pulled_total",
            "Changes delivered by pulls.", List.of()));

    private <M extends Metric> M register(M metric) {
        metrics.add(metric);
        return metric;
    }

    public synchronized void gauge(String name, String help, LongSupplier value) {
        metrics.add(new Gauge(name, help, value));
    }

    public synchronized String scrape() {
        StringBuilder out = new StringBuilder(4096);
        for (Metric metric : metrics) {
            metric.writeTo(out);
        }
        return out.toString();
    }
}

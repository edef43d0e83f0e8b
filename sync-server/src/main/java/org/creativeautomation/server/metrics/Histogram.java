package org.creativeautomation.server.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** A Prometheus histogram with fixed buckets, one series per combination of label values. */
public final class Histogram implements Metric {
    private final String name;
    private final String help;
    private final List<String> labelNames;
    private final double[] bounds;
    private final Map<List<String>, Series> series = new ConcurrentHashMap<>();

    public Histogram(String name, String help, List<String> labelNames, double... bounds) {
        this.name = name;
        this.help = help;
        this.labelNames = List.copyOf(labelNames);
        this.bounds = bounds.clone();
        Arrays.sort(this.bounds);
    }

    public void observe(double value, String... labelValues) {
        Series s = series.computeIfAbsent(List.of(labelValues), k -> new Series(bounds.length));
        for (int i = 0; i < bounds.length; i++) {
            if (value <= bounds[i]) {
                s.buckets[i].increment();
            }
        }
        s.count.increment();
        s.sum.add(value);
    }

    @Override
    public void writeTo(StringBuilder out) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" histogram\n");
        series.entrySet().stream().sorted(Map.Entry.comparingByKey(Exposition.LABEL_ORDER)).forEach(e -> {
            List<String> values = e.getKey();
            Series s = e.getValue();
            for (int i = 0; i < bounds.length; i++) {
                out.append(name).append("_bucket");
                Exposition.labels(out, labelNames, values, "le", Exposition.number(bounds[i]));
                out.append(' ').append(s.buckets[i].sum()).append('\n');
            }
            out.append(name).append("_bucket");
            Exposition.labels(out, labelNames, values, "le", "+Inf");
            out.append(' ').append(s.count.sum()).append('\n');
            out.append(name).append("_sum");
            Exposition.labels(out, labelNames, values, null, null);
            out.append(' ').append(Exposition.number(s.sum.sum())).append('\n');
            out.append(name).append("_count");
            Exposition.labels(out, labelNames, values, null, null);
            out.append(' ').append(s.count.sum()).append('\n');
        });
    }

    private static final class Series {
        final LongAdder[] buckets;
        final LongAdder count = new LongAdder();
        final DoubleAdder sum = new DoubleAdder();

        Series(int size) {
            buckets = new LongAdder[size];
            for (int i = 0; i < size; i++) {
                buckets[i] = new LongAdder();
            }
        }
    }
}

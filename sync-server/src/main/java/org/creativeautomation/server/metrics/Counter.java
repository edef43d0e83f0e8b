package org.creativeautomation.server.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** A Prometheus counter, one series per combination of label values. */
public final class Counter implements Metric {
    private final String name;
    private final String help;
    private final List<String> labelNames;
    private final Map<List<String>, LongAdder> series = new ConcurrentHashMap<>();

    public Counter(String name, String help, List<String> labelNames) {
        this.name = name;
        this.help = help;
        this.labelNames = List.copyOf(labelNames);
    }

    public void add(long amount, String... labelValues) {
        series.computeIfAbsent(List.of(labelValues), k -> new LongAdder()).add(amount);
    }

    public long value(String... labelValues) {
        LongAdder adder = series.get(List.of(labelValues));
        return adder == null ? 0 : adder.sum();
    }

    @Override
    public void writeTo(StringBuilder out) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" counter\n");
        series.entrySet().stream().sorted(Map.Entry.comparingByKey(Exposition.LABEL_ORDER)).forEach(e -> {
            out.append(name);
            Exposition.labels(out, labelNames, e.getKey(), null, null);
            out.append(' ').append(e.getValue().sum()).append('\n');
        });
    }
}

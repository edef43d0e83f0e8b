package org.creativeautomation.server.metrics;

import java.util.function.LongSupplier;

/** A Prometheus gauge without labels, read when scraped. */
public final class Gauge implements Metric {
    private final String name;
    private final String help;
    private final LongSupplier value;

    public Gauge(String name, String help, LongSupplier value) {
        this.name = name;
        this.help = help;
        this.value = value;
    }

    @Override
    public void writeTo(StringBuilder out) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" gauge\n");
        out.append(name).append(' ').append(value.getAsLong()).append('\n');
    }
}

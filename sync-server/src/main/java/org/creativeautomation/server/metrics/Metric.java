package org.creativeautomation.server.metrics;

/** Something that writes itself in the Prometheus text exposition format (version 0.0.4). */
public interface Metric {
    void writeTo(StringBuilder out);
}

package org.creativeautomation.server.metrics;

import java.util.Comparator;
import java.util.List;

/** The small parts of the Prometheus text format shared by all metrics: label sets and numbers. */
final class Exposition {
    static final Comparator<List<String>> LABEL_ORDER = (a, b) -> String.join("\u0000", a)
            .compareTo(String.join("\u0000", b));

    private Exposition() {
    }

    static void labels(StringBuilder out, List<String> names, List<String> values, String extraName, String extraValue) {
        if (names.isEmpty() && extraName == null) {
            return;
        }
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(names.get(i)).append("=\"").append(escape(i < values.size() ? values.get(i) : "")).append('"');
        }
        if (extraName != null) {
            if (!names.isEmpty()) {
                out.append(',');
            }
            out.append(extraName).append("=\"").append(escape(extraValue)).append('"');
        }
        out.append('}');
    }

    static String number(double value) {
        if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value) + ".0";
        }
        return Double.toString(value);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}

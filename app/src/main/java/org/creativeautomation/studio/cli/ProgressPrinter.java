package org.creativeautomation.studio.cli;

import org.creativeautomation.engine.pipeline.PipelineEvent;
import org.creativeautomation.engine.pipeline.PipelineEvents;
import org.creativeautomation.engine.pipeline.PipelineListener;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows a run's progress: a live bar on a terminal, plain lines when output is redirected, or one
 * JSON event per line with {@code --json}.
 */
abstract class ProgressPrinter implements PipelineListener {
    protected final PrintWriter out;

    ProgressPrinter(PrintWriter out) {
        this.out = out;
    }

    static ProgressPrinter bar(PrintWriter out) {
        return new Bar(out);
    }

    static ProgressPrinter lines(PrintWriter out) {
        return new Lines(out);
    }

    static ProgressPrinter json(PrintWriter out) {
        return new Json(out);
    }

    /** Called once the run is over, to leave the terminal tidy. */
    void finish() {
        out.flush();
    }

    private static final class Bar extends ProgressPrinter {
        private static final int WIDTH = 30;
        private boolean drawn;

        Bar(PrintWriter out) {
            super(out);
        }

        @Override
        public synchronized void onEvent(PipelineEvent e) {
            if (e.type().equals("hero.ready")) {
                clear();
                out.printf(Locale.ROOT, "  hero %-24s %s%n", e.product(), e.detail());
            }
            if (e.type().equals("copy.localized")) {
                clear();
                out.printf(Locale.ROOT, "  copy %-24s %s%n", e.locale(), e.detail());
            }
            if (e.total() == 0 || !(e.type().startsWith("creative.") || e.type().equals("run.started"))) {
                out.flush();
                return;
            }
            int filled = e.done() * WIDTH / e.total();
            String label = e.product() == null ? "" : e.product() + " " + e.ratio() + " " + e.locale();
            out.printf(Locale.ROOT, "\r[%s%s] %3d/%d %-44.44s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                    e.done(), e.total(), label);
            drawn = true;
            out.flush();
        }

        private void clear() {
            if (drawn) {
                out.print("\r" + " ".repeat(WIDTH + 56) + "\r");
                drawn = false;
            }
        }

        @Override
        void finish() {
            if (drawn) {
                out.println();
            }
            out.flush();
        }
    }

    private static final class Lines extends ProgressPrinter {
        Lines(PrintWriter out) {
            super(out);
        }

        @Override
        public synchronized void onEvent(PipelineEvent e) {
            switch (e.type()) {
                case "hero.ready" -> out.printf(Locale.ROOT, "hero %s: %s%n", e.product(), e.detail());
                case "copy.localized" -> out.printf(Locale.ROOT, "copy %s: %s%n", e.locale(), e.detail());
                case "creative.rendered", "creative.up-to-date" -> out.printf(Locale.ROOT, "[%d/%d] %s %s%n",
                        e.done(), e.total(), e.type().equals("creative.rendered") ? "rendered  " : "up to date", e.detail());
                default -> {
                    return;
                }
            }
            out.flush();
        }
    }

    private static final class Json extends ProgressPrinter {
        Json(PrintWriter out) {
            super(out);
        }

        @Override
        public synchronized void onEvent(PipelineEvent e) {
            out.println(PipelineEvents.toJsonLine(e));
            out.flush();
        }
    }
}

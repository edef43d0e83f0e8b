package org.creativeautomation.studio.ui.library;

import org.creativeautomation.engine.store.RunLog;
import org.creativeautomation.engine.store.RunRecord;

import java.time.Duration;
import java.time.Instant;

/** A campaign's latest run as the library lists it: "20 creatives · 5 min ago". */
record LastRun(RunRecord run) {

    String describe(Instant now) {
        if (run == null) {
            return "Never run";
        }
        String when = ago(Duration.between(run.startedAt(), now));
        if (RunLog.RUNNING.equals(run.status())) {
            return "Running since " + when;
        }
        if ("succeeded".equals(run.status())) {
            int n = run.counts().creatives();
            return n + (n == 1 ? " creative · " : " creatives · ") + when;
        }
        return capitalised(run.status()) + " · " + when;
    }

    static String ago(Duration elapsed) {
        long seconds = Math.max(0, elapsed.getSeconds());
        if (seconds < 60) {
            return "just now";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min ago";
        }
        if (seconds < 86_400) {
            return seconds / 3600 + " h ago";
        }
        long days = seconds / 86_400;
        return days == 1 ? "yesterday" : days + " days ago";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

package org.creativeautomation.studio.ui.common;

import org.creativeautomation.engine.comply.ComplianceStatus;
import org.creativeautomation.engine.comply.Severity;

/** A creative's compliance verdict, or a finding's severity, as a badge. */
public final class ComplianceBadge extends Badge {

    public ComplianceBadge() {
        super("…", Tone.NEUTRAL);
        getStyleClass().add("compliance-badge");
    }

    /** @param status null while the checks have not run yet */
    public void show(ComplianceStatus status) {
        if (status == null) {
            show("checking", Tone.NEUTRAL);
            return;
        }
        switch (status) {
            case PASS -> show("pass", Tone.SUCCESS);
            case WARN -> show("warn", Tone.WARNING);
            case FAIL -> show("fail", Tone.DANGER);
        }
    }

    public static Badge of(Severity severity) {
        return switch (severity) {
            case ERROR -> new Badge("error", Tone.DANGER);
            case WARNING -> new Badge("warning", Tone.WARNING);
            case INFO -> new Badge("note", Tone.ACCENT);
        };
    }
}

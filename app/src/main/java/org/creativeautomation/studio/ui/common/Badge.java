package org.creativeautomation.studio.ui.common;

import javafx.scene.control.Label;

/**
 * A small coloured label for a state (a campaign's review status, a creative's compliance). The
 * tone picks its colours from the theme, so badges read in light and dark alike.
 */
public class Badge extends Label {

    /** The theme's colour families a badge can take. */
    public enum Tone {
        NEUTRAL, ACCENT, SUCCESS, WARNING, DANGER;

        String styleClass() {
            return "badge-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Badge(String text, Tone tone) {
        super(text);
        getStyleClass().add("badge");
        setTone(tone);
    }

    public void setTone(Tone tone) {
        for (Tone t : Tone.values()) {
            getStyleClass().remove(t.styleClass());
        }
        getStyleClass().add(tone.styleClass());
    }

    public void show(String text, Tone tone) {
        setText(text);
        setTone(tone);
    }
}

package org.creativeautomation.studio.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import javafx.application.Application;

/** The studio's two looks, AtlantaFX's Primer light and dark; the app stylesheet builds on their colours. */
public enum StudioTheme {
    LIGHT(new PrimerLight(), "Dark theme"),
    DARK(new PrimerDark(), "Light theme");

    private final Theme theme;
    private final String switchLabel;

    StudioTheme(Theme theme, String switchLabel) {
        this.theme = theme;
        this.switchLabel = switchLabel;
    }

    /** Sets the theme for every window of the application. */
    public void apply() {
        Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
    }

    public StudioTheme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** What a button that switches away from this theme says. */
    public String switchLabel() {
        return switchLabel;
    }
}

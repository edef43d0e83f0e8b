package org.creativeautomation.studio;

import org.creativeautomation.studio.cli.StudioCli;
import org.creativeautomation.studio.ui.StudioApp;

/**
 * The one entry point of the studio jar: no arguments open the studio window, anything else is a
 * command. It does not extend {@code Application}, which lets JavaFX start from the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            StudioApp.launchWindow(args);
            return;
        }
        System.setProperty("java.awt.headless", "true");
        System.exit(new StudioCli(System.out, System.err, System.getenv()).execute(args));
    }
}

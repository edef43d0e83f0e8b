package org.creativeautomation.studio;

import org.creativeautomation.studio.cli.StudioCli;
import org.creativeautomation.studio.ui.StudioApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The one entry point of the studio jar: no arguments (or only {@code --home DIR}) open the studio
 * window, anything else is a command. It does not extend {@code Application}, which lets JavaFX
 * start from the class path.
 */
public final class Launcher {
    static final String NO_DISPLAY = "studio: cannot open the studio window (no display). "
            + "Use a command instead, e.g. 'studio run BRIEF'; see 'studio --help'.";
    private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<WindowArguments> window = WindowArguments.parse(args);
        if (window.isPresent()) {
            System.exit(openWindow(window.get()));
        }
        System.setProperty("java.awt.headless", "true");
        System.exit(new StudioCli(System.out, System.err, System.getenv()).execute(args));
    }

    /** Runs the window until it closes; a window that cannot open says why in one line, not a stack trace. */
    private static int openWindow(WindowArguments window) {
        try {
            StudioApp.launchWindow(window.home());
            return StudioCli.OK;
        } catch (UnsupportedOperationException e) {
            // JavaFX's GTK toolkit throws this from Application.launch when there is no X display to open.
            if (String.valueOf(e.getMessage()).contains("DISPLAY")) {
                System.err.println(NO_DISPLAY);
                return StudioCli.FAILED;
            }
            return failed(e);
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: the native toolkit library (GTK) is missing on this machine.
            return failed(e);
        }
    }

    private static int failed(Throwable e) {
        LOG.error("cannot open the studio window: {}", e.getMessage(), e);
        return StudioCli.FAILED;
    }
}

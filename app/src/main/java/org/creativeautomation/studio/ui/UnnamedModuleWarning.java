package org.creativeautomation.studio.ui;

import java.util.logging.Logger;

/**
 * Keeps JavaFX's "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'"
 * warning out of the terminal. The studio runs JavaFX from the class path on purpose (see the
 * launcher), so the warning tells its users nothing; every other JavaFX message still gets through.
 */
final class UnnamedModuleWarning {
    /** Where JavaFX's {@code PlatformImpl.startup} logs it: the platform logger named "javafx". */
    private static final String JAVAFX_LOGGER = "javafx";
    private static final String WARNING = "Unsupported JavaFX configuration";
    /** java.util.logging holds loggers weakly; without this reference the filter could vanish with the logger. */
    private static final Logger LOGGER = Logger.getLogger(JAVAFX_LOGGER);

    private UnnamedModuleWarning() {
    }

    static void silence() {
        LOGGER.setFilter(record -> record.getMessage() == null || !record.getMessage().startsWith(WARNING));
    }
}

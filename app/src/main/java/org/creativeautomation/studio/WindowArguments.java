package org.creativeautomation.studio;

import java.util.Optional;

/**
 * The command lines that open the studio window rather than run a command: nothing at all, or
 * only {@code --home DIR} / {@code --home=DIR} to open the window on another studio home.
 *
 * @param home the studio home to open; null for the default one
 */
record WindowArguments(String home) {
    private static final String HOME = "--home";

    /** The window's arguments, or empty when the command line is a command for the CLI. */
    static Optional<WindowArguments> parse(String... args) {
        if (args.length == 0) {
            return Optional.of(new WindowArguments(null));
        }
        if (args.length == 1 && args[0].startsWith(HOME + "=")) {
            return folder(args[0].substring(HOME.length() + 1));
        }
        if (args.length == 2 && args[0].equals(HOME)) {
            return folder(args[1]);
        }
        return Optional.empty();
    }

    /** A blank value or an option where the folder should be is a mistake the CLI explains. */
    private static Optional<WindowArguments> folder(String value) {
        return value.isBlank() || value.startsWith("-") ? Optional.empty() : Optional.of(new WindowArguments(value));
    }
}

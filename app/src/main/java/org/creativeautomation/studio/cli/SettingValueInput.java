package org.creativeautomation.studio.cli;

import org.creativeautomation.engine.document.InvalidInputException;
import org.creativeautomation.engine.settings.Setting;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a setting's value that was not given as an argument: at a prompt when a person is at the
 * terminal (hidden for secrets), else from standard input, so secrets can be piped in and never
 * appear in shell history or process lists.
 */
final class SettingValueInput {
    /** Far more than any key or URL; a bound so a mistaken pipe of a large file fails fast. */
    private static final int MAX_BYTES = 64 * 1024;

    private final CliContext context;

    SettingValueInput(CliContext context) {
        this.context = context;
    }

    String read(Setting setting) {
        Console console = context.interactive() ? System.console() : null;
        if (console != null) {
            return fromConsole(console, setting);
        }
        String text = fromStream(context.in());
        // One trailing line break is how echo and files end a value; it is not part of it.
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - (text.endsWith("\r\n") ? 2 : 1));
        }
        if (text.isBlank()) {
            throw new InvalidInputException("studio settings set " + setting.key() + ": no value on standard input"
                    + " (pipe it in, e.g. printenv " + setting.providerName().orElse("VALUE")
                    + " | studio settings set " + setting.key() + ")");
        }
        return text;
    }

    private static String fromConsole(Console console, Setting setting) {
        if (setting.isSecret()) {
            char[] typed = console.readPassword("%s (typing is hidden): ", setting.key());
            if (typed == null) {
                throw new InvalidInputException("studio settings set " + setting.key() + ": no value typed");
            }
            try {
                return new String(typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }
        String line = console.readLine("%s: ", setting.key());
        if (line == null) {
            throw new InvalidInputException("studio settings set " + setting.key() + ": no value typed");
        }
        return line;
    }

    private static String fromStream(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidInputException("studio settings set: standard input holds more than "
                        + MAX_BYTES / 1024 + " KB, which is no setting's value");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

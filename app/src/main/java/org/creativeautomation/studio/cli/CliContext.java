package org.creativeautomation.studio.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;

/**
 * What commands print to and read from, injected so tests run the real commands in-process.
 *
 * @param in          standard input, where a command reads what must not be given as an argument (secrets)
 * @param interactive whether a person is at a terminal (progress bars, hidden prompts)
 */
public record CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, boolean interactive,
                         InputStream in) {
}

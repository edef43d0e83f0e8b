package org.creativeautomation.studio.cli;

import java.io.PrintWriter;
import java.util.Map;

/** What commands print to and read from, injected so tests run the real commands in-process. */
public record CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, boolean interactive) {
}

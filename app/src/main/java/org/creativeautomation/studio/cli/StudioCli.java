package org.creativeautomation.studio.cli;

import org.creativeautomation.engine.document.InvalidInputException;
import org.creativeautomation.studio.StudioInstall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code studio} command line. Bad input prints one line per problem and exits 2; anything
 * unexpected prints one line (details go to the log) and exits 1. Never a stack trace.
 */
public final class StudioCli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;
    /** With --strict: the work was done, but a creative has an error finding. */
    public static final int STRICT_FAILED = 3;
    private static final Logger LOG = LoggerFactory.getLogger(StudioCli.class);

    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final InputStream in;

    public StudioCli(PrintStream out, PrintStream err, Map<String, String> env) {
        this(System.in, out, err, env);
    }

    public StudioCli(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        this.in = in;
        this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        this.env = env;
    }

    public int execute(String... args) {
        CliContext context = new CliContext(out, err, env, System.console() != null, in);
        CommandLine cli = new CommandLine(new StudioCommand(context));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex));
        cli.setParameterExceptionHandler((ex, args1) -> {
            err.println("studio: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Run 'studio " + commandPath(ex.getCommandLine()) + "--help' for usage.");
            return BAD_INPUT;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private int handle(Exception ex) {
        if (ex instanceof InvalidInputException invalid) {
            invalid.lines().forEach(err::println);
            return BAD_INPUT;
        }
        LOG.error("Unexpected failure", ex);
        err.println("studio: internal error: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage())
                + " (studio " + StudioInstall.version() + "; details in " + saveReport(ex) + ")");
        return FAILED;
    }

    /** Keeps the stack trace out of the terminal but available for a bug report. */
    private static String saveReport(Exception ex) {
        try {
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            Path file = Files.createTempFile("studio-error-", ".txt");
            Files.writeString(file, trace.toString());
            return file.toString();
        } catch (IOException | RuntimeException e) {
            return "the log";
        }
    }

    private static String commandPath(CommandLine commandLine) {
        StringBuilder path = new StringBuilder();
        for (CommandLine c = commandLine; c != null && c.getParent() != null; c = c.getParent()) {
            path.insert(0, c.getCommandName() + " ");
        }
        return path.toString();
    }
}

package org.creativeautomation.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.creativeautomation.server.auth.ApiTokens;
import org.creativeautomation.server.auth.NewToken;
import org.creativeautomation.server.auth.Role;
import org.creativeautomation.server.auth.TokenInfo;
import org.creativeautomation.server.http.JsonFields;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code studio server}: runs the sync server, or manages its API tokens. */
@Command(name = "studio server", mixinStandardHelpOptions = true,
        description = "Runs the Creative Automation Studio sync server.",
        subcommands = {ServerCommand.TokenCommand.class})
public final class ServerCommand implements Callable<Integer> {

    // Not required by picocli: the token subcommands take their own --data.
    @Option(names = "--data", description = "Data folder: SQLite metadata, blobs, server.properties (required).")
    Path data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "-1", description = "Port to listen on (default: server.port or 8787; 0 picks a free one).")
    int port;

    @Option(names = "--host", description = "Address to bind (default: server.host or 0.0.0.0).")
    String host;

    @Option(names = "--config", description = "Settings file (default: DATA/server.properties when present).")
    Path config;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new ServerCommand()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("studio server: " + e.getMessage());
            return 2;
        });
    }

    @Override
    public Integer call() throws InterruptedException {
        if (data == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--data=<data>'");
        }
        ServerSettings settings = ServerSettings.load(data, config, System.getenv(), host, port);
        ServerAssembly assembly = ServerAssembly.open(settings, Clock.systemUTC()).start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(assembly::close, "sync-server-shutdown"));
        spec.commandLine().getOut().println("studio server: listening on port " + assembly.server().port());
        spec.commandLine().getOut().flush();
        Thread.currentThread().join(); // Jetty serves on its own threads until the process is stopped
        return 0;
    }

    /** Options shared by the token commands: where the server's data is. */
    static final class DataOptions {
        @Option(names = "--data", required = true, description = "The server's data folder.")
        Path data;

        @Option(names = "--config", description = "Settings file (default: DATA/server.properties when present).")
        Path config;

        ServerAssembly open() {
            return ServerAssembly.open(ServerSettings.load(data, config, System.getenv(), null, 0), Clock.systemUTC());
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true, description = "Creates, lists and revokes API tokens.",
            subcommands = {CreateToken.class, ListTokens.class, RevokeToken.class})
    static final class TokenCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getOut());
            return 2;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Creates an API token and prints it as the last line. It is shown only once.")
    static final class CreateToken implements Callable<Integer> {
        @CommandLine.Mixin
        DataOptions where = new DataOptions();

        @Option(names = "--role", required = true, description = "designer, lead or admin.")
        String role;

        @Option(names = "--name", required = true, description = "The user the token signs in as.")
        String name;

        @Option(names = "--team", defaultValue = "default", description = "The user's team (default: ${DEFAULT-VALUE}).")
        String team;

        @Option(names = "--expires-in-days", description = "Days until the token expires (default: never).")
        Long expiresInDays;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Role parsed = Role.parse(role).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "--role must be designer, lead or admin, not '" + role + "'"));
            requireId("--name", name);
            requireId("--team", team);
            if (expiresInDays != null && expiresInDays < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--expires-in-days must be at least 1");
            }
            try (ServerAssembly assembly = where.open()) {
                ApiTokens tokens = assembly.server().tokens();
                NewToken token = tokens.create(team, name, parsed,
                        expiresInDays == null ? null : Duration.ofDays(expiresInDays), "command line", "local");
                var out = spec.commandLine().getOut();
                out.println("Created token " + token.id() + " for " + name + " (" + parsed.wireName() + ") in team "
                        + team + (token.expiresAt() == null ? "" : ", expiring " + token.expiresAt())
                        + ". Keep it secret; it is not shown again:");
                out.println(token.secret());
                out.flush();
            }
            return 0;
        }

        private void requireId(String option, String value) {
            if (!JsonFields.ID.matcher(value).matches()) {
                throw new CommandLine.ParameterException(spec.commandLine(), option
                        + " may hold only letters, digits and . _ : @ - (starting with a letter or digit)");
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists a team's tokens (never their secrets).")
    static final class ListTokens implements Callable<Integer> {
        @CommandLine.Mixin
        DataOptions where = new DataOptions();

        @Option(names = "--team", defaultValue = "default", description = "The team (default: ${DEFAULT-VALUE}).")
        String team;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (ServerAssembly assembly = where.open()) {
                var out = spec.commandLine().getOut();
                for (TokenInfo t : assembly.server().tokens().list(team)) {
                    String state = t.revokedAt() != null ? "revoked " + t.revokedAt()
                            : t.expiresAt() != null ? "expires " + t.expiresAt() : "active";
                    out.printf("%s  %-24s %-8s %s%n", t.id(), t.userName(), t.role().wireName(), state);
                }
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a token at once, on every server.")
    static final class RevokeToken implements Callable<Integer> {
        @CommandLine.Mixin
        DataOptions where = new DataOptions();

        @Option(names = "--id", required = true, description = "The token's id (tok_...).")
        String tokenId;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (ServerAssembly assembly = where.open()) {
                ApiTokens tokens = assembly.server().tokens();
                String team = tokens.teamOf(tokenId).orElse(null);
                if (team == null || !tokens.revoke(team, tokenId, "command line", null, "local")) {
                    spec.commandLine().getErr().println("studio server: no active token " + tokenId);
                    return 1;
                }
                spec.commandLine().getOut().println("Revoked " + tokenId + " (team " + team + ")");
            }
            return 0;
        }
    }
}

package org.creativeautomation.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.creativeautomation.server.blobs.FileBlobStorage;
import org.creativeautomation.server.http.Limits;
import org.creativeautomation.server.store.Database;
import org.creativeautomation.server.store.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code studio server token ...} against a data folder, then the tokens used on a server over it. */
class ServerCommandTest {
    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
        String lastLine() {
            List<String> lines = out.lines().toList();
            return lines.get(lines.size() - 1);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ServerCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void tokenCreatePrintsATokenAsItsLastLineThatSignsInToTheServer() {
        Run admin = run("token", "create", "--data", dir.toString(), "--role", "admin", "--name", "ada");
        Run designer = run("token", "create", "--data", dir.toString(), "--role", "designer", "--name", "dana",
                "--team", "acme", "--expires-in-days", "30");

        assertThat(admin.exitCode()).as(admin.err()).isZero();
        assertThat(admin.lastLine()).startsWith("cas_");
        assertThat(designer.out()).contains("team acme").contains("expiring");
        try (TestServer t = startOn(dir)) {
            assertThat(t.get("/v1/tokens", admin.lastLine()).status()).isEqualTo(200);
            assertThat(t.get("/v1/tokens", admin.lastLine()).text()).contains("\"team\":\"default\"");
            assertThat(t.get("/v1/sync/pull", designer.lastLine()).status()).isEqualTo(200);
            t.clock.advance(Duration.ofDays(31));
            assertThat(t.get("/v1/sync/pull", designer.lastLine()).status()).isEqualTo(401);
        }
    }

    @Test
    void tokenRevokeAndListWorkByTokenId() {
        run("token", "create", "--data", dir.toString(), "--role", "lead", "--name", "lee");
        Run list = run("token", "list", "--data", dir.toString());
        String id = list.out().lines().filter(l -> l.contains("lee")).findFirst().orElseThrow().split("\\s+")[0];

        Run revoke = run("token", "revoke", "--data", dir.toString(), "--id", id);
        Run again = run("token", "revoke", "--data", dir.toString(), "--id", id);

        assertThat(revoke.exitCode()).isZero();
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(run("token", "list", "--data", dir.toString()).out()).contains("revoked");
    }

    @Test
    void badOptionsAreRefusedWithExitCode2() {
        assertThat(run("token", "create", "--data", dir.toString(), "--role", "owner", "--name", "x").exitCode()).isEqualTo(2);
        assertThat(run("token", "create", "--data", dir.toString(), "--role", "lead", "--name", "../x").exitCode()).isEqualTo(2);
        assertThat(run("token", "create", "--role", "lead", "--name", "x").exitCode()).isEqualTo(2);
        assertThat(run("--port", "1").exitCode()).isEqualTo(2);
    }

    private static TestServer startOn(Path dir) {
        Database database = Database.open(new DatabaseSettings("jdbc:sqlite:" + dir.resolve("server.db"), null, null, 2));
        return TestServer.start(dir, Limits.DEFAULTS, new MutableClock(java.time.Instant.now()), database,
                new FileBlobStorage(dir.resolve("blobs")), List.of());
    }
}

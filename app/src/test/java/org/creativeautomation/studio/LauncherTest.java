package org.creativeautomation.studio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts the studio jar's entry point as people do, in its own JVM, and checks what they see. */
class LauncherTest {
    private static final long TIMEOUT_S = 90;

    @TempDir
    Path dir;

    @Test
    void saysInOneLineThatTheWindowNeedsADisplay() throws Exception {
        Process studio = start(List.of(), List.of());

        assertThat(studio.waitFor(TIMEOUT_S, TimeUnit.SECONDS)).as("studio exits").isTrue();
        assertThat(studio.exitValue()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("stdout.txt"))).isEmpty();
        // one line: no stack trace and no JavaFX start-up warning
        assertThat(Files.readString(dir.resolve("stderr.txt"))).isEqualTo(Launcher.NO_DISPLAY + System.lineSeparator());
    }

    private Process start(List<String> jvmOptions, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(Launcher.class.getName());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("STUDIO_HOME", dir.resolve("default-home").toString());
        return builder.start();
    }
}

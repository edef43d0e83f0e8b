package org.creativeautomation.studio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code studio settings set|show|unset}, run in-process like a person would. */
class SettingsCommandTest {
    private static final String SECRET = "sk-live-settings-test-5c3f";

    @TempDir
    Path temp;

    private Path home() {
        return temp.resolve("home");
    }

    private Map<String, String> env() {
        return Map.of("HOME", temp.toString());
    }

    private CliRun settings(String input, Map<String, String> env, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "settings";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--home";
        all[args.length + 2] = home().toString();
        return CliRun.withInput(input, env, all);
    }

    @Test
    void aSecretFromStandardInputIsStoredEncryptedAndShownRedacted() throws IOException {
        CliRun set = settings(SECRET + "\n", env(), "set", "providers.openai.apiKey");
        CliRun show = settings("", env(), "show");

        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).isEqualTo("Stored providers.openai.apiKey, encrypted, in "
                + home().resolve("studio.yaml") + "." + System.lineSeparator());
        String yaml = Files.readString(home().resolve("studio.yaml"));
        assertThat(yaml).doesNotContain(SECRET).contains("apiKey: enc:v1:");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("providers.openai.apiKey  ********  (encrypted)").doesNotContain(SECRET);
        assertThat(set.out() + set.err() + show.out() + show.err()).doesNotContain(SECRET);
    }

    @Test
    void theKeyFileIsReadableByItsOwnerOnly() throws IOException {
        settings(SECRET, env(), "set", "providers.anthropic.apiKey");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home().resolve("studio.key"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aSecretGivenAsAnArgumentIsRefusedAndNotStored() {
        CliRun set = settings("", env(), "set", "providers.openai.apiKey", SECRET);

        assertThat(set.exitCode()).isEqualTo(2);
        assertThat(set.err()).contains("studio settings set providers.openai.apiKey: a secret is read from standard"
                + " input or a hidden prompt, never from the command line").doesNotContain(SECRET)
                .doesNotContain("Exception");
        assertThat(home().resolve("studio.yaml")).doesNotExist();
    }

    @Test
    void plainValuesAreTakenAsArgumentsAndShownAsStored() {
        CliRun providers = settings("", env(), "set", "run.providers", "openai,local");
        CliRun url = settings("http://127.0.0.1:7860\n", env(), "set", "providers.sdwebui.url");

        CliRun show = settings("", env(), "show");

        assertThat(providers.exitCode()).as(providers.err()).isZero();
        assertThat(url.exitCode()).as(url.err()).isZero();
        assertThat(show.out()).contains("run.providers          openai, local")
                .contains("providers.sdwebui.url  http://127.0.0.1:7860");
    }

    @Test
    void showSaysWhenAnEnvironmentVariableIsUsedInsteadWithoutPrintingIt() {
        settings(SECRET, env(), "set", "providers.openai.apiKey");

        CliRun show = settings("", Map.of("HOME", temp.toString(), "OPENAI_API_KEY", "sk-env-value",
                "ANTHROPIC_API_KEY", "sk-ant-env"), "show");

        assertThat(show.out())
                .contains("(encrypted; OPENAI_API_KEY in the environment is used instead)")
                .contains("providers.anthropic.apiKey  -         (not set here; ANTHROPIC_API_KEY in the environment"
                        + " is used)")
                .doesNotContain("sk-env-value").doesNotContain("sk-ant-env");
    }

    @Test
    void unsetRemovesASetting() throws IOException {
        settings("", env(), "set", "run.format", "jpg");

        CliRun unset = settings("", env(), "unset", "run.format");
        CliRun again = settings("", env(), "unset", "run.format");

        assertThat(unset.out()).startsWith("Removed run.format from ");
        assertThat(again.out()).startsWith("run.format was not set in ");
        assertThat(Files.readString(home().resolve("studio.yaml"))).doesNotContain("format");
        assertThat(settings("", env(), "show").out()).startsWith("No settings in ");
    }

    @Test
    void anUnknownKeyOrABadValueIsABadInput() {
        CliRun unknown = settings("", env(), "set", "providers.openai.apikey", "x");
        CliRun badUrl = settings("", env(), "set", "providers.openai.baseUrl", "api.openai.com");
        CliRun empty = settings("", env(), "set", "providers.openai.apiKey");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("\"providers.openai.apikey\" is not a setting (did you mean"
                + " \"providers.openai.apiKey\"?)");
        assertThat(badUrl.exitCode()).isEqualTo(2);
        assertThat(badUrl.err()).contains("providers.openai.baseUrl: \"api.openai.com\" is not an http or https URL");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("no value on standard input");
    }

    @Test
    void aMalformedStudioYamlStopsEveryCommandWithItsLine() throws IOException {
        Files.createDirectories(home());
        Files.writeString(home().resolve("studio.yaml"), "providers:\n  openai:\n    baseUrl: [oops\n");

        CliRun kits = CliRun.of(env(), "kits", "--home", home().toString());
        CliRun show = settings("", env(), "show");

        assertThat(kits.exitCode()).isEqualTo(2);
        assertThat(kits.err()).startsWith(home().resolve("studio.yaml") + ":").contains("malformed YAML")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(show.exitCode()).isEqualTo(2);
        assertThat(show.err()).startsWith(home().resolve("studio.yaml") + ":");
    }

    @Test
    void aPlainTextSecretStopsARunButCanBeReplacedWithSet() throws IOException {
        Files.createDirectories(home());
        Files.writeString(home().resolve("studio.yaml"), "providers:\n  openai:\n    apiKey: " + SECRET + "\n");

        CliRun kits = CliRun.of(env(), "kits", "--home", home().toString());
        CliRun set = settings(SECRET, env(), "set", "providers.openai.apiKey");

        assertThat(kits.exitCode()).isEqualTo(2);
        assertThat(kits.err()).contains(home().resolve("studio.yaml") + ":3:13 providers.openai.apiKey: a secret in"
                + " plain text").doesNotContain(SECRET);
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(Files.readString(home().resolve("studio.yaml"))).doesNotContain(SECRET);
        assertThat(CliRun.of(env(), "kits", "--home", home().toString()).exitCode()).isZero();
    }

    @Test
    void aDefaultProviderChainThatCannotBeUsedNamesItsLineInStudioYaml() {
        settings("", env(), "set", "run.providers", "openai,local");

        CliRun run = CliRun.of(env(), "run", RepoPaths.root().resolve("examples/summer-splash/brief.yaml").toString(),
                "--out", temp.resolve("out").toString(), "--home", home().toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(home().resolve("studio.yaml") + ":")
                .contains("run.providers: openai: not configured (store `studio settings set providers.openai.apiKey`,"
                        + " or set OPENAI_API_KEY in the environment)");
        assertThat(temp.resolve("out")).doesNotExist();
    }
}

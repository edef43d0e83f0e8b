package org.creativeautomation.engine.settings;

import org.creativeautomation.engine.spi.ProviderSettings;
import org.creativeautomation.engine.store.StudioHome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SettingsStoreTest {
    private static final String KEY = "sk-live-0123456789abcdef";

    @TempDir
    Path temp;

    private StudioHome home;
    private SettingsStore store;

    @BeforeEach
    void openStore() throws IOException {
        home = new StudioHome(temp.resolve("home")).ensureCreated();
        store = new SettingsStore(home, new SecureRandom());
    }

    private String yaml() throws IOException {
        return Files.readString(home.settingsFile(), StandardCharsets.UTF_8);
    }

    private void writeYaml(String text) throws IOException {
        Files.writeString(home.settingsFile(), text, StandardCharsets.UTF_8);
    }

    private java.util.List<String> loadProblems() {
        SettingsException e = catchThrowableOfType(SettingsException.class, store::load);
        assertThat(e).as("loading throws SettingsException").isNotNull();
        return e.lines();
    }

    @Test
    void everyKindOfSettingComesBackAsStored() {
        store.set(Setting.OPENAI_API_KEY, KEY);
        store.set(Setting.OPENAI_BASE_URL, "http://127.0.0.1:8080/v1");
        store.set(Setting.OPENAI_MODEL, "dall-e-3");
        store.set(Setting.RUN_PROVIDERS, "openai, local");
        store.set(Setting.RUN_FORMAT, "JPEG");

        StudioSettings settings = new SettingsStore(home).load();

        assertThat(settings.get(Setting.OPENAI_API_KEY)).contains(KEY);
        assertThat(settings.get(Setting.OPENAI_BASE_URL)).contains("http://127.0.0.1:8080/v1");
        assertThat(settings.get(Setting.OPENAI_MODEL)).contains("dall-e-3");
        assertThat(settings.providers()).containsExactly("openai", "local");
        assertThat(settings.format()).contains("jpg");
    }

    @Test
    void aSecretIsNeverWrittenInPlainText() throws IOException {
        store.set(Setting.OPENAI_API_KEY, KEY);
        store.set(Setting.FIREFLY_CLIENT_SECRET, KEY);

        String yaml = yaml();
        assertThat(yaml).doesNotContain(KEY).doesNotContain("0123456789abcdef");
        assertThat(yaml).containsPattern("apiKey: enc:v1:[A-Za-z0-9+/=]+")
                .containsPattern("clientSecret: enc:v1:[A-Za-z0-9+/=]+");
        assertThat(Files.readString(home.settingsKey())).doesNotContain(KEY);
    }

    @Test
    void theSameSecretIsSealedDifferentlyEachTime() throws IOException {
        store.set(Setting.OPENAI_API_KEY, KEY);
        String first = yaml();
        store.set(Setting.OPENAI_API_KEY, KEY);

        assertThat(yaml()).isNotEqualTo(first);
    }

    @Test
    void theKeyFileAndTheSettingsAreReadableByTheirOwnerOnly() throws IOException {
        store.set(Setting.OPENAI_API_KEY, KEY);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.settingsKey())))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.settingsFile())))
                .isEqualTo("rw-------");
    }

    @Test
    void aKeyFileOthersCanReadIsRefused() throws IOException {
        store.set(Setting.OPENAI_API_KEY, KEY);
        Files.setPosixFilePermissions(home.settingsKey(), PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(loadProblems()).containsExactly(home.settingsKey() + ": other users may read the settings key"
                + " (permissions rw-r--r--); run: chmod 600 " + home.settingsKey());
    }

    @Test
    void storingASecondSecretKeepsTheKey() throws IOException {
        store.set(Setting.OPENAI_API_KEY, KEY);
        String key = Files.readString(home.settingsKey());
        store.set(Setting.ANTHROPIC_API_KEY, "sk-ant-1");

        assertThat(Files.readString(home.settingsKey())).isEqualTo(key);
        assertThat(store.load().get(Setting.OPENAI_API_KEY)).contains(KEY);
        assertThat(store.load().get(Setting.ANTHROPIC_API_KEY)).contains("sk-ant-1");
    }

    @Test
    void aSecretWrittenInPlainTextIsRefusedAtItsLine() throws IOException {
        writeYaml("""
                providers:
                  openai:
                    apiKey: sk-typed-by-hand
                """);

        assertThat(loadProblems()).containsExactly(home.settingsFile() + ":3:13 providers.openai.apiKey: a secret in"
                + " plain text: remove it and store it with `studio settings set providers.openai.apiKey`, which keeps"
                + " it encrypted");
    }

    @Test
    void anEditedSecretDoesNotDecryptAndSaysHowToStoreItAgain() throws IOException {
        store.set(Setting.OPENAI_API_KEY, KEY);
        String yaml = yaml();
        int at = yaml.indexOf("enc:v1:") + "enc:v1:".length();
        char changed = yaml.charAt(at + 5) == 'A' ? 'B' : 'A';
        writeYaml(yaml.substring(0, at + 5) + changed + yaml.substring(at + 6));

        assertThat(loadProblems()).singleElement().asString()
                .startsWith(home.settingsFile() + ":")
                .contains("providers.openai.apiKey: cannot be decrypted with " + home.settingsKey())
                .contains("studio settings set providers.openai.apiKey")
                .doesNotContain(KEY);
    }

    @Test
    void aSecretMovedToAnotherSettingDoesNotDecrypt() throws IOException {
        store.set(Setting.OPENAI_API_KEY, KEY);
        writeYaml(yaml().replace("openai:\n    apiKey:", "anthropic:\n    apiKey:"));

        assertThat(loadProblems()).singleElement().asString()
                .contains("providers.anthropic.apiKey: cannot be decrypted");
    }

    @Test
    void anEncryptedSecretWithoutItsKeyFileSaysSo() throws IOException {
        store.set(Setting.OPENAI_API_KEY, KEY);
        Files.delete(home.settingsKey());

        assertThat(loadProblems()).singleElement().asString()
                .contains("providers.openai.apiKey: encrypted, but the key file " + home.settingsKey() + " is missing");
    }

    @Test
    void malformedYamlIsReportedAtItsLine() throws IOException {
        writeYaml("""
                providers:
                  openai:
                    baseUrl: [http://x
                run:
                  format: png
                """);

        assertThat(loadProblems()).singleElement().asString()
                .startsWith(home.settingsFile() + ":4:").contains("malformed YAML");
    }

    @Test
    void unknownKeysAndBadValuesAreReportedWithLineAndKey() throws IOException {
        writeYaml("""
                providers:
                  openai:
                    baseURL: http://localhost/v1
                  comfyui:
                    url: localhost:8188
                run:
                  providers: [openai, Local]
                  format: gif
                """);

        assertThat(loadProblems()).containsExactly(
                home.settingsFile() + ":3:5 providers.openai.baseURL: unknown field (did you mean \"baseUrl\"?)",
                home.settingsFile() + ":5:10 providers.comfyui.url: \"localhost:8188\" is not an http or https URL"
                        + " (a local ComfyUI server)",
                home.settingsFile() + ":7:14 run.providers: \"Local\" is not a provider id (lowercase letters, digits"
                        + " and '-', e.g. openai)",
                home.settingsFile() + ":8:11 run.format: \"gif\" is not an output format (expected png or jpg)");
    }

    @Test
    void anAbsentOrCommentOnlyFileHoldsNoSettings() throws IOException {
        assertThat(store.load().providers()).isEmpty();
        writeYaml("# nothing here yet\n\n");

        assertThat(store.load().get(Setting.OPENAI_API_KEY)).isEmpty();
    }

    @Test
    void aValueTheSettingDoesNotTakeIsRefusedAndNothingIsWritten() {
        SettingsException e = catchThrowableOfType(SettingsException.class,
                () -> store.set(Setting.OPENAI_BASE_URL, "api.openai.com"));

        assertThat(e.lines()).containsExactly("providers.openai.baseUrl: \"api.openai.com\" is not an http or https"
                + " URL (another server that speaks OpenAI's API, ending in /v1)");
        assertThat(home.settingsFile()).doesNotExist();
    }

    @Test
    void unsetRemovesOnlyThatSetting() {
        store.set(Setting.OPENAI_API_KEY, KEY);
        store.set(Setting.RUN_FORMAT, "png");

        assertThat(store.unset(Setting.OPENAI_API_KEY)).isTrue();
        assertThat(store.unset(Setting.OPENAI_API_KEY)).isFalse();
        assertThat(store.load().get(Setting.OPENAI_API_KEY)).isEmpty();
        assertThat(store.load().format()).contains("png");
    }

    @Test
    void theEnvironmentTakesPrecedenceOverStudioYaml() {
        store.set(Setting.OPENAI_API_KEY, KEY);
        store.set(Setting.OPENAI_BASE_URL, "http://stored.example/v1");

        ProviderSettings settings = store.load().providerSettings(Map.of("OPENAI_API_KEY", "sk-from-env",
                "OPENAI_BASE_URL", " "));

        assertThat(settings.secret("OPENAI_API_KEY").orElseThrow().reveal()).isEqualTo("sk-from-env");
        assertThat(settings.get("OPENAI_BASE_URL")).as("a blank variable counts as unset")
                .contains("http://stored.example/v1");
        assertThat(store.load().providerSettings(Map.of()).secret("OPENAI_API_KEY").orElseThrow().reveal())
                .isEqualTo(KEY);
    }

    @Test
    void settingsNeverPrintTheirValues() {
        store.set(Setting.OPENAI_API_KEY, KEY);

        assertThat(store.load().toString()).doesNotContain(KEY);
        assertThat(store.stored().toString()).doesNotContain("enc:v1:");
    }

    @Test
    void namesTheSettingAMisspeltKeyWasMeantToBe() {
        SettingsException e = catchThrowableOfType(SettingsException.class,
                () -> Setting.parse("providers.openai.apikey"));

        assertThat(e.lines()).containsExactly("\"providers.openai.apikey\" is not a setting (did you mean"
                + " \"providers.openai.apiKey\"?)");
    }

    @Test
    void theFileIsWrittenInTheOrderSettingsAreListedWithListsAsLists() throws IOException {
        store.set(Setting.RUN_PROVIDERS, "openai,local");
        store.set(Setting.OPENAI_MODEL, "gpt-image-1");

        assertThat(yaml()).endsWith("""
                providers:
                  openai:
                    model: gpt-image-1
                run:
                  providers:
                    - openai
                    - local
                """);
    }
}

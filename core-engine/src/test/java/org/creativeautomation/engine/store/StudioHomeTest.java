package org.creativeautomation.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudioHomeTest {
    private static final Map<String, String> ENV = Map.of(
            "STUDIO_HOME", "/srv/studio",
            "XDG_DATA_HOME", "/home/ann/.data",
            "HOME", "/home/ann");

    @Test
    void optionWinsOverEverything() {
        assertThat(StudioHome.resolve("/tmp/my-studio", ENV).root()).isEqualTo(Path.of("/tmp/my-studio"));
    }

    @Test
    void studioHomeVariableComesNext() {
        assertThat(StudioHome.resolve(null, ENV).root()).isEqualTo(Path.of("/srv/studio"));
    }

    @Test
    void thenTheXdgDataHome() {
        assertThat(StudioHome.resolve(null, Map.of("XDG_DATA_HOME", "/home/ann/.data", "HOME", "/home/ann")).root())
                .isEqualTo(Path.of("/home/ann/.data/creative-automation-studio"));
    }

    @Test
    void thenTheUsersLocalShareFolder() {
        assertThat(StudioHome.resolve(null, Map.of("HOME", "/home/ann")).root())
                .isEqualTo(Path.of("/home/ann/.local/share/creative-automation-studio"));
        assertThat(StudioHome.resolve(null, Map.of()).root())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".local/share/creative-automation-studio"));
    }

    @Test
    void emptyVariablesAndARelativeXdgDataHomeCountAsUnset() {
        Map<String, String> env = Map.of("STUDIO_HOME", "", "XDG_DATA_HOME", "relative/data", "HOME", "/home/ann");

        assertThat(StudioHome.resolve("", env).root())
                .isEqualTo(Path.of("/home/ann/.local/share/creative-automation-studio"));
    }

    @Test
    void expandsATildeInTheOption() {
        assertThat(StudioHome.resolve("~/studio", ENV).root()).isEqualTo(Path.of("/home/ann/studio"));
    }

    @Test
    void namesItsFilesAndCreatesItsFolders(@TempDir Path dir) throws Exception {
        StudioHome home = StudioHome.resolve(dir.resolve("home").toString(), Map.of()).ensureCreated();

        assertThat(home.database()).isEqualTo(dir.resolve("home/studio.db"));
        assertThat(home.blobs()).isDirectory().isEqualTo(dir.resolve("home/blobs"));
        assertThat(home.brandKits()).isDirectory().isEqualTo(dir.resolve("home/brand-kits"));
    }
}

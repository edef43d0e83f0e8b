package org.creativeautomation.studio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WindowArgumentsTest {
    @Test
    void opensTheWindowOnTheDefaultHomeWithoutArguments() {
        assertThat(WindowArguments.parse()).contains(new WindowArguments(null));
    }

    @Test
    void opensTheWindowOnTheHomeGivenAsTwoArguments() {
        assertThat(WindowArguments.parse("--home", "/tmp/studio")).contains(new WindowArguments("/tmp/studio"));
    }

    @Test
    void opensTheWindowOnTheHomeGivenWithAnEqualsSign() {
        assertThat(WindowArguments.parse("--home=/tmp/studio")).contains(new WindowArguments("/tmp/studio"));
    }

    @Test
    void leavesCommandsToTheCommandLine() {
        assertThat(WindowArguments.parse("run", "brief.yaml")).isEmpty();
        assertThat(WindowArguments.parse("--home", "/tmp/studio", "kits")).isEmpty();
        assertThat(WindowArguments.parse("--help")).isEmpty();
    }

    @Test
    void leavesAHomeWithoutAFolderToTheCommandLineToExplain() {
        assertThat(WindowArguments.parse("--home")).isEmpty();
        assertThat(WindowArguments.parse("--home=")).isEmpty();
        assertThat(WindowArguments.parse("--home", "--help")).isEmpty();
    }
}

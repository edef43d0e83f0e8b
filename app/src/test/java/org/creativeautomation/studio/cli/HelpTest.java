package org.creativeautomation.studio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code studio --help} reads well: picocli shows the first description line as each command's summary. */
class HelpTest {
    private final String help = CliRun.of(Map.of(), "--help").out();

    @Test
    void describesTheStudioInLinesThatFitTheTerminal() {
        assertThat(help).contains("""
                Creative Automation Studio turns a campaign brief into brand-safe ad creatives.
                It renders every product, aspect ratio and locale of the brief, offline.
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "validate", "kits", "costs", "settings", "l10n"})
    void summarisesACommandInOneCompleteSentence(String command) {
        List<String> lines = help.lines().toList();
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("  " + command + " ")).findFirst().orElseThrow());

        assertThat(lines.get(at)).endsWith(".");
        // picocli indents a summary's wrapped remainder under it; the next line must be the next command
        assertThat(lines.get(at + 1)).doesNotStartWith("   ");
    }
}

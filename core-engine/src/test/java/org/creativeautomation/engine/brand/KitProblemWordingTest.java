package org.creativeautomation.engine.brand;

import org.creativeautomation.engine.brief.BriefException;
import org.creativeautomation.engine.brief.BriefParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A brand kit and a brief read with the same field readers, so the same mistake is worded the same in both. */
class KitProblemWordingTest {
    /** A valid brief without assets; the test breaks the same kinds of fields as in the kit. */
    private static final String BRIEF = """
            campaign: summer-splash
            name: Summer Splash
            brand: acme-beverages
            market:
              region: US
              locales: [en-US]
            audience: Active adults 25-40
            message: Stay fresh all summer
            products:
              - id: sparkling-water
                name: Acme Sparkling Water
            """;

    @TempDir
    Path tempDir;

    @Test
    void kitProblemsAreWordedLikeBriefProblemsOfTheSameKind() throws IOException {
        Path brief = Files.writeString(Files.createDirectory(tempDir.resolve("campaign")).resolve("brief.yaml"), BRIEF
                .replace("campaign: summer-splash\n", "")
                .replace("name: Summer Splash", "nmae: Summer Splash")
                .replace("audience: Active adults 25-40", "audience: [runners, hikers]"));
        EditableKit kit = EditableKit.copyOfAcme(tempDir)
                .replace("name: Acme Beverages", "nmae: Acme Beverages")
                .replace("version: 1.0.0", "version: [1, 0, 0]");

        List<String> briefProblems = catchThrowableOfType(BriefException.class, () -> new BriefParser().parse(brief)).lines();
        List<String> kitProblems = kit.problems();

        assertThat(briefProblems).containsExactly(
                brief + ":1:1 nmae: unknown field (did you mean \"name\"?)",
                brief + ":1:1 campaign: required field is missing (a campaign id: lowercase letters, digits and '-')",
                brief + ":6:11 audience: expected a string, found a list");
        assertThat(kitProblems).containsExactly(
                kit.at(1, 1) + " nmae: unknown field (did you mean \"name\"?)",
                kit.at(1, 1) + " name: required field is missing (the brand's name as shown to people)",
                kit.at(2, 10) + " version: expected a string, found a list");
        assertThat(kitProblems).map(KitProblemWordingTest::wording)
                .containsExactlyElementsOf(briefProblems.stream().map(KitProblemWordingTest::wording).toList())
                .containsExactly("unknown field (…)", "required field is missing (…)", "expected a string, found a list");
    }

    /** A problem line's message without its place, field or the specifics in its closing parentheses. */
    private static String wording(String line) {
        return line.substring(line.indexOf(": ") + 2).replaceAll("\\(.*\\)$", "(…)");
    }
}

package org.creativeautomation.engine.brief;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The brief's optional {@code budget: {maxUsd: N}}, added after line 13 of {@link BriefFolder#VALID_YAML}. */
class BriefBudgetTest {
    @TempDir
    Path dir;

    private BriefFolder folder;

    @BeforeEach
    void createFolder() {
        folder = new BriefFolder(dir);
    }

    private Path briefWithBudget(String budget) {
        return folder.briefWith("ratios: [\"1:1\", \"9:16\", \"16:9\"]", "ratios: [\"1:1\", \"9:16\", \"16:9\"]\n" + budget);
    }

    @Test
    void readsTheCampaignsMaximumSpend() {
        Brief brief = new BriefParser().parse(briefWithBudget("budget: {maxUsd: 2.50}"));

        assertThat(brief.budget()).isEqualTo(new CampaignBudget(new BigDecimal("2.50")));
    }

    @Test
    void aBriefWithoutABudgetHasNone() {
        Brief brief = new BriefParser().parse(folder.write("brief.yaml", BriefFolder.VALID_YAML));

        assertThat(brief.budget()).isNull();
    }

    @Test
    void rejectsANegativeBudgetAtItsLine() {
        assertThat(folder.problemsParsing(briefWithBudget("budget: {maxUsd: -1}"))).containsExactly(
                "brief.yaml:14:18 budget.maxUsd: -1 is out of range (at least 0)");
    }

    @Test
    void rejectsABudgetThatIsNoNumber() {
        assertThat(folder.problemsParsing(briefWithBudget("budget:\n  maxUsd: ten dollars"))).containsExactly(
                "brief.yaml:15:11 budget.maxUsd: expected a number, found a string");
    }

    @Test
    void namesTheFieldABudgetLacksOrMisspells() {
        assertThat(folder.problemsParsing(briefWithBudget("budget:\n  maxUSD: 5"))).containsExactly(
                "brief.yaml:15:3 budget.maxUSD: unknown field (did you mean \"maxUsd\"?)",
                "brief.yaml:15:3 budget.maxUsd: required field is missing (the US dollars the campaign may spend on "
                        + "image generation, such as 25 or 2.50)");
    }
}

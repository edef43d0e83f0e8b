package org.creativeautomation.engine.comply.legal;

import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.ComplianceChecker;
import org.creativeautomation.engine.comply.ComplianceStatus;
import org.creativeautomation.engine.comply.CreativeCompliance;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LegalChecksTest {
    private final ComplianceChecker checker = new ComplianceChecker(LegalChecks.all());

    @Test
    void theShippedExamplesPassEveryLegalAndModerationCheck() {
        for (CreativeUnderCheck example : LegalFixtures.exampleCreatives()) {
            CreativeCompliance result = checker.check(example);
            assertThat(result.findings()).as(example.kit().id() + " " + example.copy().localeTag()).isEmpty();
        }
    }

    @Test
    void aBrokenKitLegalFileBecomesACheckErrorNotAPass(@TempDir Path dir) {
        var kit = LegalFixtures.kitWithLegalFile(LegalFixtures.STRIDE, dir, "categories: [shoes]\n");

        CreativeCompliance result = checker.check(LegalFixtures.creative(kit,
                new CreativeCopy("en-GB", "Built for every trail", null, null), "DE"));

        assertThat(result.findings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.check()).isEqualTo(CheckId.CHECK_ERROR);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("legal.yaml:1:14 categories[0]: \"shoes\" is not a product category");
        });
    }
}

package org.creativeautomation.plugins.anthropic;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** A plugin sees the engine only through its spi package. */
class PluginBoundaryTest {
    @Test
    void usesOnlyTheEnginesSpi() {
        JavaClasses plugin = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.creativeautomation.plugins.anthropic");
        noClasses().should().dependOnClassesThat(resideInAPackage("org.creativeautomation.engine..")
                        .and(not(resideInAPackage("org.creativeautomation.engine.spi.."))))
                .check(plugin);
    }
}

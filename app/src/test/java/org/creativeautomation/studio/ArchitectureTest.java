package org.creativeautomation.studio;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Layers point one way: the CLI never reaches into the window, nothing prints but the CLI. */
class ArchitectureTest {
    private static final JavaClasses STUDIO = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.creativeautomation.studio");

    @Test
    void commandLineDoesNotDependOnJavaFx() {
        noClasses().that().resideInAPackage("..studio.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..studio.ui..")
                .check(STUDIO);
    }

    @Test
    void onlyTheCommandLinePrintsToStandardStreams() {
        noClasses().that().resideOutsideOfPackages("..studio.cli..", "org.creativeautomation.studio")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(STUDIO);
    }
}

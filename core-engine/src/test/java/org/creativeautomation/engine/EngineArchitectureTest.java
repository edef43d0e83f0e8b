package org.creativeautomation.engine;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The engine stays free of UI and server code, and logs instead of printing. */
class EngineArchitectureTest {
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.creativeautomation.engine");

    @Test
    void engineNeverImportsJavaFxJavalinOrFrontEnds() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "io.javalin..", "org.creativeautomation.studio..",
                        "org.creativeautomation.server..")
                .check(ENGINE);
    }

    @Test
    void engineNeverPrintsToStandardStreams() {
        noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(ENGINE);
    }

    @Test
    void composeDoesNotDependOnThePipeline() {
        noClasses().that().resideInAPackage("..engine.compose..")
                .should().dependOnClassesThat().resideInAnyPackage("..engine.pipeline..", "..engine.store..")
                .check(ENGINE);
    }
}

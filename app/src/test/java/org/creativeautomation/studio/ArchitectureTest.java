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
    void viewsLeaveEngineServicesToTheirViewModels() {
        noClasses().that().resideInAPackage("..studio.ui..").and().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.creativeautomation.engine.pipeline.StudioEngine")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.creativeautomation.engine.store.CampaignLibrary")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.creativeautomation.engine.pipeline.CampaignPreview")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.creativeautomation.engine.pipeline.CampaignLoader")
                .check(STUDIO);
    }

    @Test
    void viewModelsHoldStateWithoutControls() {
        noClasses().that().resideInAPackage("..studio.ui..").and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..",
                        "javafx.stage..")
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

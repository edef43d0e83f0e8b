package org.creativeautomation.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The server's layering, stated so it cannot rot. */
class ArchitectureTest {
    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.creativeautomation.server");

    @Test
    void theServerNeverUsesTheStudioOrJavafx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.creativeautomation.studio..", "javafx..")
                .check(SERVER);
    }

    @Test
    void servicesAndStorageDoNotKnowAboutControllersOrTheApp() {
        noClasses().that().resideInAnyPackage("..server.store..", "..server.audit..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..")
                .check(SERVER);
    }

    @Test
    void logsGoThroughSlf4jNotStandardStreams() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(SERVER);
    }

    @Test
    void namesSayWhatAClassIs() {
        classes().should().haveSimpleNameNotEndingWith("Util").andShould().haveSimpleNameNotEndingWith("Utils")
                .andShould().haveSimpleNameNotEndingWith("Helper").andShould().haveSimpleNameNotEndingWith("Manager")
                .check(SERVER);
    }
}

package org.exportlicence.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the domain and services module, checked on every build: capabilities (the packages
 * under org.exportlicence) depend on each other without cycles, the kernel ({@code platform}) on
 * none of them, and the licence road reaches customs only through its port.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.exportlicence");
    }

    @Test
    void capabilitiesHaveNoCycles() {
        slices().matching("org.exportlicence.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theKernelDependsOnNoCapability() {
        classes()
                .that()
                .resideInAPackage("org.exportlicence.platform..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("org.exportlicence.platform..", "java..", "jakarta..")
                .check(classes);
    }

    @Test
    void licencesReachCustomsOnlyThroughTheirPort() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.exportlicence.licence..", "org.exportlicence.returns..", "org.exportlicence.application..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.exportlicence.customs..")
                .check(classes);
    }
}

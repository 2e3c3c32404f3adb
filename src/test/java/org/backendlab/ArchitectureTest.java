package org.backendlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering of ARCHITECTURE.md: only the ui layer touches JavaFX, and lower layers never see ui. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.backendlab");

    @Test
    void onlyTheUiLayerImportsJavaFx() {
        noClasses().that().resideInAnyPackage("org.backendlab.model..", "org.backendlab.sim..",
                        "org.backendlab.session..", "org.backendlab.lesson..", "org.backendlab.io..", "org.backendlab.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.testfx..", "com.sun.glass..")
                .check(CLASSES);
    }

    @Test
    void lowerLayersNeverDependOnTheUi() {
        noClasses().that().resideInAnyPackage("org.backendlab.model..", "org.backendlab.sim..",
                        "org.backendlab.session..", "org.backendlab.lesson..", "org.backendlab.io..", "org.backendlab.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.backendlab.ui..")
                .check(CLASSES);
    }

    @Test
    void theModelDependsOnNothingAboveIt() {
        noClasses().that().resideInAPackage("org.backendlab.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.backendlab.sim..",
                        "org.backendlab.lesson..", "org.backendlab.io..", "org.backendlab.cli..",
                        "com.fasterxml..")
                .check(CLASSES);
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        // every package is its own slice (ui sub-packages included), so any cycle between two fails
        slices().matching("org.backendlab.(**)").should().beFreeOfCycles().check(CLASSES);
    }
}

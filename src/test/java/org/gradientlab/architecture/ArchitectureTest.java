package org.gradientlab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.gradientlab.core.JavaFxCanary;
import org.gradientlab.ui.lab.Lab;

/**
 * Which package may use which (DESIGN.md "Layout"), checked on the compiled main classes. A rule
 * that fails names the class and the dependency that broke it.
 */
@AnalyzeClasses(packages = "org.gradientlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String UI = "org.gradientlab.ui";

    /** The core computes; the screen is elsewhere, so the core runs headless and in tests. */
    @ArchTest
    static final ArchRule CORE_KNOWS_NO_SCREEN = noClasses().that().resideInAPackage("org.gradientlab.core..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "java.awt..", "org.gradientlab.ui..", "org.gradientlab.cli..")
            .as("core never imports JavaFX, AWT, the UI or the command line");

    /** Batches only need matrices; the network package is what trains on them. */
    @ArchTest
    static final ArchRule DATA_NEEDS_NO_NETWORK = noClasses().that().resideInAPackage("org.gradientlab.core.data..")
            .should().dependOnClassesThat().resideInAPackage("org.gradientlab.core.nn..")
            .as("core.data never imports core.nn (Matrix lives in core.linalg)");

    @ArchTest
    static final ArchRule PROBE_AND_TRAINING_APART = slices()
            .matching("org.gradientlab.core.experiment.(*)..").should().notDependOnEachOther()
            .as("the initialization probe and the chapter-6 experiments do not use each other");

    /** RunControl and Futures serve every run; they know no particular experiment. */
    @ArchTest
    static final ArchRule SHARED_RUN_PIECES_STAND_ALONE = noClasses()
            .that().resideInAPackage("org.gradientlab.core.experiment")
            .should().dependOnClassesThat().resideInAPackage("org.gradientlab.core.experiment.*..")
            .as("core.experiment (the shared run pieces) never imports its sub-packages");

    @ArchTest
    static final ArchRule BENCHMARKS_ONLY_FOR_THE_COMMAND_LINE = noClasses()
            .that().resideOutsideOfPackages("org.gradientlab.core.bench..", "org.gradientlab.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.gradientlab.core.bench..")
            .as("only the command line runs benchmarks");

    @ArchTest
    static final ArchRule CORE_PACKAGES_FREE_OF_CYCLES = slices().matching("org.gradientlab.core.(**)")
            .should().beFreeOfCycles();

    /**
     * A lab (a package holding a {@link Lab}: each lab, each concepts page) never imports another:
     * labs meet through the registry ({@code ui.lab.Labs}) and {@code LabHost}, and share pieces
     * through packages such as {@code ui.widgets}.
     */
    @ArchTest
    static void labsNeverImportEachOther(JavaClasses classes) {
        Set<String> labs = labPackages(classes);
        for (String lab : labs) {
            String[] others = labs.stream().filter(other -> !other.equals(lab)).toArray(String[]::new);
            noClasses().that().resideInAPackage(lab).should().dependOnClassesThat().resideInAnyPackage(others)
                    .as("lab " + lab + " never imports another lab").check(classes);
        }
    }

    /** The kit every lab builds on knows no lab; only the registry lists them. */
    @ArchTest
    static void theLabKitKnowsNoLabButTheRegistry(JavaClasses classes) {
        noClasses().that().resideInAPackage(UI + ".lab")
                .and().haveNameNotMatching("org\\.gradientlab\\.ui\\.lab\\.Labs(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage(labPackages(classes).toArray(String[]::new))
                .as("ui.lab, but for its registry Labs, never imports a lab").check(classes);
    }

    /** The lab rules above see every lab and page, so they cannot pass by finding none. */
    @ArchTest
    static void everyLabAndPageIsFound(JavaClasses classes) {
        assertEquals(List.of(UI + ".concepts", UI + ".concepts.activations", UI + ".concepts.babysitting",
                UI + ".concepts.conv", UI + ".concepts.ensembles", UI + ".concepts.landscape",
                UI + ".concepts.preprocessing",
                UI + ".concepts.schedules", UI + ".init", UI + ".optimizer", UI + ".training"),
                List.copyOf(labPackages(classes)));
    }

    /** The core rule catches a JavaFX import (a class in core's package, among the tests). */
    @ArchTest
    static void theCoreRuleCatchesAJavaFxImport(JavaClasses ignored) {
        JavaClasses canary = new ClassFileImporter().importClasses(JavaFxCanary.class);
        assertTrue(CORE_KNOWS_NO_SCREEN.evaluate(canary).hasViolation());
    }

    private static Set<String> labPackages(JavaClasses classes) {
        Set<String> packages = new TreeSet<>();
        for (JavaClass type : classes) {
            if (type.isAssignableTo(Lab.class) && !type.isInterface()
                    && !type.getModifiers().contains(JavaModifier.ABSTRACT)
                    && !type.getPackageName().equals(UI + ".lab")) {
                packages.add(type.getPackageName());
            }
        }
        return packages;
    }
}

package dev.crmkit.core.scoring;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.crmkit.core.error.CrmException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Architecture rules for the tabular reader and the trained-scoring packages: pure Java (no SQL, files or
 * network), no clock or random-UUID calls, own exceptions under {@link CrmException}, no package cycles.
 */
class PredictiveScoringArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.crmkit.core.tabular", "dev.crmkit.core.scoring.predictive", "dev.crmkit.core.scoring.evaluation");
    }

    @Test
    void arePureJava() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.nio.file..", "java.net..");
        rule.check(classes);
    }

    @Test
    void neverReadTheClockOrUnseededRandomness() {
        noClasses().should().callMethod(java.util.UUID.class, "randomUUID")
                .orShould().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("a now() method",
                        call -> call.getName().equals("now")))
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(Math.class, "random")
                .orShould().callConstructor(java.util.Random.class)
                .check(classes);
    }

    @Test
    void ownExceptionsAreCrmExceptions() {
        classes().that().areAssignableTo(RuntimeException.class).and().resideInAnyPackage("dev.crmkit.core..")
                .should().beAssignableTo(CrmException.class)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void haveNoPackageCycles() {
        slices().matching("dev.crmkit.core.(**)").should().beFreeOfCycles().check(classes);
    }
}

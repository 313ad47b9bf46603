package dev.crmkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The façade's packages: API types never expose internals, no cycles, the SPI does not know the façade. */
class FacadeArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.crmkit");
    }

    @Test
    void publicFacadeSignaturesUseNoInternalTypes() {
        classes().that().resideInAnyPackage("dev.crmkit", "dev.crmkit.event", "dev.crmkit.merge", "dev.crmkit.privacy",
                        "dev.crmkit.view", "dev.crmkit.insight").and().arePublic()
                .should(new ArchCondition<JavaClass>("not expose dev.crmkit.internal types in public signatures") {
                    @Override
                    public void check(JavaClass javaClass, ConditionEvents events) {
                        for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
                            if (!unit.getModifiers().contains(JavaModifier.PUBLIC)) {
                                continue;
                            }
                            unit.getReturnType().getAllInvolvedRawTypes().stream()
                                    .filter(t -> t.getPackageName().startsWith("dev.crmkit.internal"))
                                    .forEach(t -> events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " returns " + t.getName())));
                            unit.getParameterTypes().stream().flatMap(p -> p.getAllInvolvedRawTypes().stream())
                                    .filter(t -> t.getPackageName().startsWith("dev.crmkit.internal"))
                                    .forEach(t -> events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " takes " + t.getName())));
                        }
                    }
                })
                .check(classes);
    }

    @Test
    void facadePackagesAreFreeOfCycles() {
        slices().matching("dev.crmkit.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theStorageSpiDoesNotDependOnTheFacade() {
        noClasses().that().resideInAPackage("dev.crmkit.spi..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.crmkit", "dev.crmkit.event", "dev.crmkit.merge",
                        "dev.crmkit.privacy", "dev.crmkit.view", "dev.crmkit.internal", "dev.crmkit.insight")
                .check(classes);
    }
}

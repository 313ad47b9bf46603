package dev.crmkit.examples.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.crmkit.core.arch.CrmArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture rules over the whole codebase: crm-examples is the one module that has every other
 * module's production classes on its class path, so the module-direction and cross-module rules are checked
 * here against all of them at once.
 */
class CodebaseArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importAll() {
        classes = CrmArchitectureRules.importProductionClasses();
    }

    @Test
    void everyModuleIsOnTheClassPath() {
        // guards the other tests against passing vacuously because a layer was not imported
        assertThat(classes.containPackage("dev.crmkit.core.model.deal")).isTrue();
        assertThat(classes.containPackage("dev.crmkit.spi")).isTrue();
        assertThat(classes.containPackage("dev.crmkit.jdbc")).isTrue();
        assertThat(classes.containPackage("dev.crmkit.examples.cli")).isTrue();
    }

    @Test
    void modulesDependOneWay() {
        CrmArchitectureRules.MODULES_DEPEND_ONE_WAY.check(classes);
    }

    @Test
    void coreStaysPure() {
        CrmArchitectureRules.CORE_IS_PURE.check(classes);
    }

    @Test
    void noPackageCyclesInAnyModule() {
        CrmArchitectureRules.freeOfCycles("dev.crmkit.core.(*)..").check(classes);
        CrmArchitectureRules.freeOfCycles("dev.crmkit.jdbc.(*)..").check(classes);
        CrmArchitectureRules.freeOfCycles("dev.crmkit.examples.(*)..").check(classes);
    }

    @Test
    void timeAndIdsAreInjectedEverywhere() {
        CrmArchitectureRules.NO_SYSTEM_CLOCK_OR_RANDOM_UUID.check(classes);
    }

    @Test
    void everyPublicExceptionIsACrmException() {
        CrmArchitectureRules.EXCEPTIONS_EXTEND_CRM_EXCEPTION.check(classes);
    }

    @Test
    void internalTypesNeverAppearInPublicSignatures() {
        CrmArchitectureRules.INTERNAL_TYPES_STAY_INTERNAL.check(classes);
    }

    @Test
    void aggregatesReferenceEachOtherOnlyById() {
        CrmArchitectureRules.AGGREGATES_REFERENCE_EACH_OTHER_BY_ID.check(classes);
    }
}

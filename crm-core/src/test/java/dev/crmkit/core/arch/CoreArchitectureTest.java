package dev.crmkit.core.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** crm-core's production classes against {@link CrmArchitectureRules}. */
class CoreArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = CrmArchitectureRules.importProductionClasses();
    }

    @Test
    void coreIsPure() {
        CrmArchitectureRules.CORE_IS_PURE.check(classes);
    }

    @Test
    void corePackagesAreFreeOfCycles() {
        CrmArchitectureRules.CORE_PACKAGES_ARE_FREE_OF_CYCLES.check(classes);
    }

    @Test
    void modelPackagesAreFreeOfCycles() {
        CrmArchitectureRules.MODEL_PACKAGES_ARE_FREE_OF_CYCLES.check(classes);
    }

    @Test
    void modulesDependOneWay() {
        CrmArchitectureRules.MODULES_DEPEND_ONE_WAY.check(classes);
    }

    @Test
    void noSystemClockOrRandomUuid() {
        CrmArchitectureRules.NO_SYSTEM_CLOCK_OR_RANDOM_UUID.check(classes);
    }

    @Test
    void exceptionsExtendCrmException() {
        CrmArchitectureRules.EXCEPTIONS_EXTEND_CRM_EXCEPTION.check(classes);
    }

    @Test
    void internalTypesStayInternal() {
        CrmArchitectureRules.INTERNAL_TYPES_STAY_INTERNAL.check(classes);
    }

    @Test
    void aggregatesReferenceEachOtherById() {
        CrmArchitectureRules.AGGREGATES_REFERENCE_EACH_OTHER_BY_ID.check(classes);
    }
}

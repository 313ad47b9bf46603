package dev.crmkit.core.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each rule fails on the broken fixture classes, so a passing architecture test means something. */
class CrmArchitectureRulesTest {
    private static final String FIXTURE = "dev.crmkit.core.arch.fixture";
    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(FIXTURE);
    }

    private static List<String> failures(EvaluationResult result) {
        return result.getFailureReport().getDetails();
    }

    @Test
    void productionImportLeavesTestClassesOut() {
        JavaClasses production = CrmArchitectureRules.importProductionClasses();
        assertThat(production.containPackage(FIXTURE)).isFalse();
        assertThat(production.contain("dev.crmkit.core.model.deal.Deal")).isTrue();
    }

    @Test
    void purityRuleCatchesNetworkUse() {
        assertThat(failures(CrmArchitectureRules.CORE_IS_PURE.evaluate(fixtures)))
                .anyMatch(d -> d.contains("UsesTheNetwork") && d.contains("java.net.URI"));
    }

    @Test
    void clockRuleCatchesCallsReferencesAndRandomUuids() {
        List<String> details = failures(CrmArchitectureRules.NO_SYSTEM_CLOCK_OR_RANDOM_UUID.evaluate(fixtures));
        assertThat(details).anyMatch(d -> d.contains("Instant.now()"));
        assertThat(details).anyMatch(d -> d.contains("LocalDate.now()"));
        assertThat(details).anyMatch(d -> d.contains("UUID.randomUUID()"));
        assertThat(details).noneMatch(d -> d.contains("UsesAnInjectedClock"));
    }

    @Test
    void exceptionRuleCatchesRogueExceptions() {
        assertThat(failures(CrmArchitectureRules.EXCEPTIONS_EXTEND_CRM_EXCEPTION.evaluate(fixtures)))
                .singleElement().asString().contains("RogueException");
    }

    @Test
    void internalRuleCatchesInternalTypesInPublicSignatures() {
        List<String> details = failures(CrmArchitectureRules.INTERNAL_TYPES_STAY_INTERNAL.evaluate(fixtures));
        assertThat(details).singleElement().asString().contains("ExposesInternals.helpers()").contains("Helper");
    }

    @Test
    void cycleRuleCatchesPackageCycles() {
        String report = String.join("\n", failures(CrmArchitectureRules.freeOfCycles(FIXTURE + ".(*)..").evaluate(fixtures)));
        assertThat(report).contains("cyclea").contains("cycleb");
    }

    @Test
    void aggregateRuleCatchesReferencesByObject() {
        List<String> details = failures(CrmArchitectureRules.aggregatesReferenceEachOtherById(
                List.of(FIXTURE + ".Order", FIXTURE + ".Customer")).evaluate(fixtures));
        assertThat(details).anyMatch(d -> d.contains("Order.customers") && d.contains("holds aggregate"));
        assertThat(details).anyMatch(d -> d.contains("Order.customer()") && d.contains("returns aggregate"));
        assertThat(details).anyMatch(d -> d.contains("Order$Builder.customer") && d.contains("takes aggregate"));
        assertThat(details).noneMatch(d -> d.contains("Customer.orderId"));
    }
}

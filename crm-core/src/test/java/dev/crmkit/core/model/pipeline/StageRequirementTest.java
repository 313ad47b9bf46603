package dev.crmkit.core.model.pipeline;

import static dev.crmkit.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StageRequirementTest {

    @ParameterizedTest
    @ValueSource(strings = {"amount", "expectedCloseDate", "account", "contacts", "owner", "source", "properties.tier"})
    void acceptsTheKnownFields(String field) {
        assertThat(StageRequirement.of(field)).hasToString(field);
    }

    @Test
    void propertyRequirementsNameTheirKey() {
        assertThat(StageRequirement.property("budget_code").field()).isEqualTo("properties.budget_code");
        assertThat(StageRequirement.property("budget_code").propertyKey()).contains("budget_code");
        assertThat(StageRequirement.AMOUNT.propertyKey()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "amountt", "Amount", "name", "properties.", "properties.Bad Key", "properties.1x"})
    void rejectsUnknownFields(String field) {
        assertRejected("requiredFields", () -> StageRequirement.of(field));
    }

    @Test
    void rejectsNull() {
        assertRejected("requiredFields", () -> StageRequirement.of(null));
    }
}

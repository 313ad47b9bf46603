package dev.crmkit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.Checks;
import org.junit.jupiter.api.Test;

class PropertyKeysTest {

    @Test
    void headersBecomeSnakeCase() {
        assertThat(PropertyKeys.snakeCase("Total Time Spent on Website")).isEqualTo("total_time_spent_on_website");
        assertThat(PropertyKeys.snakeCase("TotalVisits")).isEqualTo("total_visits");
        assertThat(PropertyKeys.snakeCase("Get updates on DM Content")).isEqualTo("get_updates_on_dm_content");
        assertThat(PropertyKeys.snakeCase("What matters most to you?")).isEqualTo("what_matters_most_to_you");
        assertThat(PropertyKeys.snakeCase("Größe (cm)")).isEqualTo("grosse_cm");
        assertThat(PropertyKeys.snakeCase("2nd Phone")).isEqualTo("p_2nd_phone");
        assertThatThrownBy(() -> PropertyKeys.snakeCase("???")).isInstanceOf(ValidationException.class);
    }

    @Test
    void everyKeyIsAValidPropertyKey() {
        qt().withFixedSeed(13L).withExamples(3_000).forAll(strings().allPossible().ofLengthBetween(1, 90)).checkAssert(header -> {
            try {
                String key = PropertyKeys.snakeCase(header);
                assertThat(Checks.requirePropertyKey("key", key)).isEqualTo(key);
            } catch (ValidationException noLettersOrDigits) {
                assertThat(noLettersOrDigits.field()).isEqualTo("header");
            }
        });
    }
}

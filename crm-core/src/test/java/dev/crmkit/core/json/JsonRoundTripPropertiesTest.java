package dev.crmkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.crmkit.core.error.MissingValueException;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.testing.Generators;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Every entity and value survives a JSON round trip through {@link CrmJson#newObjectMapper()} unchanged. */
class JsonRoundTripPropertiesTest {
    private static final int EXAMPLES = 150;
    private static final ObjectMapper MAPPER = CrmJson.newObjectMapper();

    private static <T> void roundTrips(Gen<T> values, Class<T> type) {
        qt().withExamples(EXAMPLES).forAll(values).checkAssert(value -> {
            String json = write(value);
            assertThat(read(json, type)).as(json).isEqualTo(value);
        });
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void accounts() {
        roundTrips(Generators.accounts(), Account.class);
    }

    @Test
    void contacts() {
        roundTrips(Generators.contacts(), Contact.class);
    }

    @Test
    void deals() {
        roundTrips(Generators.deals(), Deal.class);
    }

    @Test
    void pipelines() {
        roundTrips(Generators.pipelines(), Pipeline.class);
    }

    @Test
    void stages() {
        roundTrips(Generators.stages(), Stage.class);
    }

    @Test
    void stageChanges() {
        roundTrips(Generators.stageChanges(), StageChange.class);
    }

    @Test
    void activities() {
        roundTrips(Generators.activities(), Activity.class);
    }

    @Test
    void propertyDefinitions() {
        roundTrips(Generators.propertyDefinitions(), PropertyDefinition.class);
    }

    @Test
    void propertyValues() {
        roundTrips(Generators.propertyValues(), PropertyValue.class);
    }

    @Test
    void money() {
        roundTrips(Generators.money(), Money.class);
    }

    @Test
    void moneyAmountsAreStringsSoNoReaderTurnsThemIntoFloatingPoint() {
        assertThat(write(Money.of("0.10", "USD"))).isEqualTo("{\"amount\":\"0.10\",\"currency\":\"USD\"}");
        assertThat(write(PropertyValue.number(new java.math.BigDecimal("12.50")))).isEqualTo("{\"type\":\"number\",\"value\":\"12.50\"}");
    }

    @Test
    void missingAndInvalidFieldsNameTheField() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"name\":\"Acme\"}", Account.class))
                .hasRootCauseInstanceOf(MissingValueException.class)
                .rootCause().satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("id, createdAt"));
        assertThatThrownBy(() -> MAPPER.readValue("{\"amount\":\"1.999\",\"currency\":\"EUR\"}", Money.class))
                .hasRootCauseInstanceOf(ValidationException.class)
                .rootCause().satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("amount"));
    }

    @Test
    void unknownPropertiesAreRejected() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"amount\":\"1\",\"currency\":\"EUR\",\"curency\":\"USD\"}", Money.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }
}

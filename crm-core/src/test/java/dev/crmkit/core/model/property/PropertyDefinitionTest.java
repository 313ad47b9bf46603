package dev.crmkit.core.model.property;

import static dev.crmkit.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PropertyType;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PropertyDefinitionTest {

    private static PropertyDefinition tier() {
        return Fixtures.propertyDefinition("tier", PropertyType.ENUMERATION).addAllowedValues("gold", "silver").build();
    }

    @Test
    void rejectsInvalidDefinitions() {
        assertRejected("key", () -> Fixtures.propertyDefinition("Tier", PropertyType.STRING).build());
        assertRejected("key", () -> Fixtures.propertyDefinition("tier-level", PropertyType.STRING).build());
        assertRejected("key", () -> Fixtures.propertyDefinition("t".repeat(65), PropertyType.STRING).build());
        assertRejected("label", () -> Fixtures.propertyDefinition("tier", PropertyType.STRING).label(" ").build());
        assertRejected("description", () -> Fixtures.propertyDefinition("tier", PropertyType.STRING)
                .description("d".repeat(1001)).build());
        assertRejected("allowedValues", () -> Fixtures.propertyDefinition("tier", PropertyType.ENUMERATION).build());
        assertRejected("allowedValues", () -> Fixtures.propertyDefinition("tier", PropertyType.ENUMERATION)
                .addAllowedValues("gold", "gold").build());
        assertRejected("allowedValues", () -> Fixtures.propertyDefinition("tier", PropertyType.ENUMERATION)
                .addAllowedValues("gold", " ").build());
        assertRejected("allowedValues", () -> Fixtures.propertyDefinition("tier", PropertyType.STRING)
                .addAllowedValues("gold").build());
    }

    @Test
    void trimsTextSoChoicesCanMatchAllowedValues() {
        PropertyDefinition definition = Fixtures.propertyDefinition("tier", PropertyType.ENUMERATION)
                .label(" Tier ").description(" Customer tier ").addAllowedValues(" gold ", "silver").build();
        assertThat(definition.label()).isEqualTo("Tier");
        assertThat(definition.description()).contains("Customer tier");
        assertThat(definition.allowedValues()).containsExactly("gold", "silver");
        assertThatCode(() -> definition.validate(PropertyValue.choice(" gold "))).doesNotThrowAnyException();
        assertRejected("allowedValues", () -> Fixtures.propertyDefinition("tier", PropertyType.ENUMERATION)
                .addAllowedValues("gold", " gold").build());
    }

    @Test
    void acceptsValuesOfItsType() {
        assertThatCode(() -> {
            Fixtures.propertyDefinition("k", PropertyType.STRING).build().validate(PropertyValue.text("x"));
            Fixtures.propertyDefinition("k", PropertyType.NUMBER).build().validate(PropertyValue.number(BigDecimal.TEN));
            Fixtures.propertyDefinition("k", PropertyType.BOOLEAN).build().validate(PropertyValue.bool(true));
            Fixtures.propertyDefinition("k", PropertyType.DATE).build().validate(PropertyValue.date(LocalDate.of(2026, 1, 1)));
            Fixtures.propertyDefinition("k", PropertyType.MONEY).build().validate(PropertyValue.money(Money.of("1", "EUR")));
            tier().validate(PropertyValue.choice("silver"));
        }).doesNotThrowAnyException();
    }

    @Test
    void rejectsValuesOfAnotherTypeOrNotAllowed() {
        assertRejected("properties.seats", () -> Fixtures.propertyDefinition("seats", PropertyType.NUMBER).build()
                .validate(PropertyValue.text("12")));
        assertRejected("properties.signed", () -> Fixtures.propertyDefinition("signed", PropertyType.BOOLEAN).build()
                .validate(PropertyValue.choice("true")));
        assertRejected("properties.tier", () -> tier().validate(PropertyValue.text("gold")));
        assertRejected("properties.tier", () -> tier().validate(PropertyValue.choice("platinum")));
        assertRejected("properties.tier", () -> tier().validate(null));
    }
}

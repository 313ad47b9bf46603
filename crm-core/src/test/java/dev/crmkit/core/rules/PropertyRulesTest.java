package dev.crmkit.core.rules;

import static dev.crmkit.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PropertyType;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.testing.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertyRulesTest {
    private final List<PropertyDefinition> definitions = List.of(
            Fixtures.propertyDefinition("seats", PropertyType.NUMBER).build(),
            Fixtures.propertyDefinition("tier", PropertyType.ENUMERATION).addAllowedValues("gold", "silver").build(),
            Fixtures.propertyDefinition("region", PropertyType.STRING).objectType(ObjectType.CONTACT).build());

    @Test
    void acceptsDefinedValues() {
        assertThatCode(() -> PropertyRules.validate(ObjectType.DEAL,
                Map.of("seats", PropertyValue.number(BigDecimal.TEN), "tier", PropertyValue.choice("gold")), definitions))
                .doesNotThrowAnyException();
        assertThatCode(() -> PropertyRules.validate(ObjectType.DEAL, Map.of(), definitions)).doesNotThrowAnyException();
    }

    @Test
    void rejectsUndefinedKeysIncludingKeysOfAnotherObjectType() {
        assertRejected("properties.budget", () -> PropertyRules.validate(ObjectType.DEAL,
                Map.of("budget", PropertyValue.text("x")), definitions));
        assertRejected("properties.region", () -> PropertyRules.validate(ObjectType.DEAL,
                Map.of("region", PropertyValue.text("EMEA")), definitions));
        assertThatCode(() -> PropertyRules.validate(ObjectType.CONTACT, Map.of("region", PropertyValue.text("EMEA")), definitions))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsWrongTypesAndValuesNotAllowed() {
        assertRejected("properties.seats", () -> PropertyRules.validate(ObjectType.DEAL,
                Map.of("seats", PropertyValue.text("ten")), definitions));
        assertRejected("properties.tier", () -> PropertyRules.validate(ObjectType.DEAL,
                Map.of("tier", PropertyValue.choice("bronze")), definitions));
    }
}

package dev.crmkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PropertyType;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.spi.DuplicateKeyException;
import dev.crmkit.support.CrmFixture;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PropertyDefinitionsTest {
    private final CrmFixture fx = new CrmFixture();
    private final Pipeline sales = fx.hubspot();
    private final PropertyDefinition tier = fx.tenant.propertyDefinitions().define(p -> p.objectType(ObjectType.DEAL)
            .key("tier").label("Tier").type(PropertyType.ENUMERATION).addAllowedValues("gold", "silver"));

    @Test
    void valuesAreValidatedAgainstTheDefinitions() {
        Deal gold = fx.tenant.deals().create(sales.id(), d -> d.name("Gold").putProperties("tier", new PropertyValue.Choice("gold")));
        assertThat(gold.properties()).containsEntry("tier", new PropertyValue.Choice("gold"));

        assertThatThrownBy(() -> fx.tenant.deals().create(sales.id(), d -> d.name("Wrong type")
                .putProperties("tier", new PropertyValue.Number(BigDecimal.ONE))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("properties.tier");
                    assertThat(e.reason()).contains("type");
                });
        assertThatThrownBy(() -> fx.tenant.deals().create(sales.id(), d -> d.name("Not allowed")
                .putProperties("tier", new PropertyValue.Choice("platinum"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("properties.tier"));
        assertThatThrownBy(() -> fx.tenant.deals().create(sales.id(), d -> d.name("Undefined")
                .putProperties("region", new PropertyValue.Text("EMEA"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("properties.region");
                    assertThat(e.reason()).contains("not a defined");
                });
        assertThatThrownBy(() -> fx.tenant.accounts().create(a -> a.name("Acme")
                .putProperties("tier", new PropertyValue.Choice("gold"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("properties.tier"));
        assertThatThrownBy(() -> fx.tenant.deals().update(gold.withProperties(java.util.Map.of("tier", new PropertyValue.Bool(true)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("properties.tier"));
    }

    @Test
    void keysAreUniquePerObjectTypeAndImmutable() {
        assertThatThrownBy(() -> fx.tenant.propertyDefinitions().define(p -> p.objectType(ObjectType.DEAL).key("tier")
                .label("Again").type(PropertyType.STRING)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> fx.tenant.propertyDefinitions().update(PropertyDefinition.builder().from(tier)
                .type(PropertyType.STRING).allowedValues(java.util.List.of()).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("type"));
        assertThatThrownBy(() -> fx.tenant.propertyDefinitions().define(p -> p.objectType(ObjectType.ACTIVITY).key("x")
                .label("X").type(PropertyType.STRING)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("objectType"));
        PropertyDefinition relabelled = fx.tenant.propertyDefinitions().update(tier.withLabel("Customer tier"));
        assertThat(fx.tenant.propertyDefinitions().findByKey(ObjectType.DEAL, "tier")).contains(relabelled);
    }

    @Test
    void deletingADefinitionRemovesItsValuesEverywhere() {
        Deal gold = fx.tenant.deals().create(sales.id(), d -> d.name("Gold").putProperties("tier", new PropertyValue.Choice("gold")));
        Deal plain = fx.tenant.deals().create(sales.id(), d -> d.name("Plain"));

        fx.tenant.propertyDefinitions().delete(tier.id(), tier.version());

        assertThat(fx.tenant.deals().get(gold.id()).properties()).isEmpty();
        assertThat(fx.tenant.deals().get(plain.id()).version()).isEqualTo(1);
        assertThat(fx.tenant.propertyDefinitions().list(ObjectType.DEAL)).isEmpty();
        assertThat(fx.events.names()).endsWith("DealUpdated", "PropertyDefinitionDeleted");
    }
}

package dev.crmkit.core.rules;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PropertyValue;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Validates custom property values against the tenant's definitions. */
public final class PropertyRules {
    private PropertyRules() {
    }

    /**
     * Checks every value: its key is defined for the object type and the value fits the definition.
     *
     * @throws ValidationException naming {@code properties.KEY} for an undefined key or a bad value
     */
    public static void validate(ObjectType objectType, Map<String, PropertyValue> values,
                                Collection<PropertyDefinition> definitions) {
        Map<String, PropertyDefinition> byKey = definitions.stream()
                .filter(d -> d.objectType() == objectType)
                .collect(Collectors.toMap(PropertyDefinition::key, Function.identity(), (a, b) -> a));
        for (Map.Entry<String, PropertyValue> entry : values.entrySet()) {
            PropertyDefinition definition = byKey.get(entry.getKey());
            if (definition == null) {
                throw new ValidationException("properties." + entry.getKey(), entry.getValue().asText(),
                        "is not a defined " + objectType.name().toLowerCase(java.util.Locale.ROOT) + " property");
            }
            definition.validate(entry.getValue());
        }
    }
}

package dev.crmkit.core.model.property;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.Checks;
import dev.crmkit.core.model.shared.CrmStyle;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PropertyDefinitionId;
import dev.crmkit.core.model.shared.PropertyType;
import dev.crmkit.core.model.shared.PropertyValue;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The definition of a custom property of one object type: its key, label, type and, for enumerations,
 * the allowed values. Values are checked against it with {@link #validate(PropertyValue)}.
 */
@Value.Immutable
@CrmStyle
@JsonSerialize(as = PropertyDefinition.class)
@JsonDeserialize(as = PropertyDefinition.class)
public abstract class AbstractPropertyDefinition {

    /** The id. */
    public abstract PropertyDefinitionId id();

    /** The kind of record the property belongs to. */
    public abstract ObjectType objectType();

    /** The key used in {@code properties} maps, unique per object type and tenant. */
    public abstract String key();

    /** The label shown to users, 1-255 characters, trimmed. */
    public abstract String label();

    /** The value type. */
    public abstract PropertyType type();

    /** For enumerations: the allowed values (trimmed, distinct, 1-255 characters each), in display order. */
    public abstract List<String> allowedValues();

    /** Optional help text, up to 1000 characters, trimmed. */
    public abstract Optional<String> description();

    /** When the definition was created. */
    public abstract Instant createdAt();

    /** When the definition was last changed. */
    @Value.Default
    public Instant updatedAt() {
        return createdAt();
    }

    /** Optimistic-locking version. */
    @Value.Default
    public long version() {
        return 0;
    }

    /**
     * Checks a value against this definition.
     *
     * @throws ValidationException (field {@code properties.KEY}) for a value of the wrong type or not among
     *                             the allowed values
     */
    public void validate(PropertyValue value) {
        String field = "properties." + key();
        ValidationException.check(value != null, field, null, "is required");
        ValidationException.check(value.type() == type(), field, value.asText(),
                "must be of type " + type() + ", not " + value.type());
        if (value instanceof PropertyValue.Choice choice) {
            ValidationException.check(allowedValues().contains(choice.value()), field, choice.value(),
                    "must be one of " + allowedValues());
        }
    }

    @Value.Check
    protected AbstractPropertyDefinition normalize() {
        // Trimmed like PropertyValue.Choice trims its value, so every allowed value can be chosen.
        String trimmedLabel = ValidationException.requireText("label", label(), 255);
        Optional<String> trimmedDescription = description().map(String::strip);
        List<String> trimmedValues = allowedValues().stream().map(String::strip).toList();
        if (trimmedLabel.equals(label()) && trimmedDescription.equals(description()) && trimmedValues.equals(allowedValues())) {
            return this;
        }
        return PropertyDefinition.copyOf(this).withLabel(trimmedLabel).withDescription(trimmedDescription)
                .withAllowedValues(trimmedValues);
    }

    @Value.Check
    protected void check() {
        Checks.requirePropertyKey("key", key());
        ValidationException.requireText("label", label(), 255);
        Checks.optionalText("description", description(), 1000);
        if (type() == PropertyType.ENUMERATION) {
            ValidationException.check(!allowedValues().isEmpty(), "allowedValues", null,
                    "an enumeration needs at least one allowed value");
            ValidationException.check(Set.copyOf(allowedValues()).size() == allowedValues().size(), "allowedValues",
                    allowedValues(), "lists a value twice");
            allowedValues().forEach(v -> ValidationException.requireText("allowedValues", v, 255));
        } else {
            ValidationException.check(allowedValues().isEmpty(), "allowedValues", allowedValues(),
                    "only enumerations have allowed values");
        }
    }
}

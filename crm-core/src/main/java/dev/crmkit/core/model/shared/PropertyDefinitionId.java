package dev.crmkit.core.model.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * The id of a PropertyDefinition. Wraps a UUID (version 7 when made by {@link UuidV7Generator}).
 *
 * @param value the UUID
 */
public record PropertyDefinitionId(UUID value) implements EntityId {
    public PropertyDefinitionId {
        EntityId.requireUuid("PropertyDefinitionId", value);
    }

    /** Parses the canonical UUID text form; throws {@link dev.crmkit.core.error.ValidationException} when malformed. */
    @JsonCreator
    public static PropertyDefinitionId parse(String text) {
        return new PropertyDefinitionId(EntityId.parseUuid("PropertyDefinitionId", text));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}

package dev.crmkit.core.model.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * The id of a Activity. Wraps a UUID (version 7 when made by {@link UuidV7Generator}).
 *
 * @param value the UUID
 */
public record ActivityId(UUID value) implements EntityId {
    public ActivityId {
        EntityId.requireUuid("ActivityId", value);
    }

    /** Parses the canonical UUID text form; throws {@link dev.crmkit.core.error.ValidationException} when malformed. */
    @JsonCreator
    public static ActivityId parse(String text) {
        return new ActivityId(EntityId.parseUuid("ActivityId", text));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}

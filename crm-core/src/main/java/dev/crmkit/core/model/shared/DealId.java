package dev.crmkit.core.model.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * The id of a Deal. Wraps a UUID (version 7 when made by {@link UuidV7Generator}).
 *
 * @param value the UUID
 */
public record DealId(UUID value) implements EntityId {
    public DealId {
        EntityId.requireUuid("DealId", value);
    }

    /** Parses the canonical UUID text form; throws {@link dev.crmkit.core.error.ValidationException} when malformed. */
    @JsonCreator
    public static DealId parse(String text) {
        return new DealId(EntityId.parseUuid("DealId", text));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}

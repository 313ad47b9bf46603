package dev.crmkit.core.model.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * The id of a StageChange. Wraps a UUID (version 7 when made by {@link UuidV7Generator}).
 *
 * @param value the UUID
 */
public record StageChangeId(UUID value) implements EntityId {
    public StageChangeId {
        EntityId.requireUuid("StageChangeId", value);
    }

    /** Parses the canonical UUID text form; throws {@link dev.crmkit.core.error.ValidationException} when malformed. */
    @JsonCreator
    public static StageChangeId parse(String text) {
        return new StageChangeId(EntityId.parseUuid("StageChangeId", text));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}

package dev.crmkit.core.model.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * The id of a Pipeline. Wraps a UUID (version 7 when made by {@link UuidV7Generator}).
 *
 * @param value the UUID
 */
public record PipelineId(UUID value) implements EntityId {
    public PipelineId {
        EntityId.requireUuid("PipelineId", value);
    }

    /** Parses the canonical UUID text form; throws {@link dev.crmkit.core.error.ValidationException} when malformed. */
    @JsonCreator
    public static PipelineId parse(String text) {
        return new PipelineId(EntityId.parseUuid("PipelineId", text));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}

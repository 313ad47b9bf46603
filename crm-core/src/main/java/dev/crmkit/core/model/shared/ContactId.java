package dev.crmkit.core.model.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * The id of a Contact. Wraps a UUID (version 7 when made by {@link UuidV7Generator}).
 *
 * @param value the UUID
 */
public record ContactId(UUID value) implements EntityId {
    public ContactId {
        EntityId.requireUuid("ContactId", value);
    }

    /** Parses the canonical UUID text form; throws {@link dev.crmkit.core.error.ValidationException} when malformed. */
    @JsonCreator
    public static ContactId parse(String text) {
        return new ContactId(EntityId.parseUuid("ContactId", text));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}

package dev.crmkit.core.model.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * The id of a Account. Wraps a UUID (version 7 when made by {@link UuidV7Generator}).
 *
 * @param value the UUID
 */
public record AccountId(UUID value) implements EntityId {
    public AccountId {
        EntityId.requireUuid("AccountId", value);
    }

    /** Parses the canonical UUID text form; throws {@link dev.crmkit.core.error.ValidationException} when malformed. */
    @JsonCreator
    public static AccountId parse(String text) {
        return new AccountId(EntityId.parseUuid("AccountId", text));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}

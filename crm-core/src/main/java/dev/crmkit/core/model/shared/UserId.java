package dev.crmkit.core.model.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.crmkit.core.error.ValidationException;

/**
 * A user of the host application (an owner of records, the author of a change). CRMKit does not manage
 * users; this is the host's own user key, 1 to 128 characters without control characters.
 *
 * @param value the host's user key
 */
public record UserId(String value) {
    public UserId {
        ValidationException.check(value != null, "userId", null, "is required");
        ValidationException.check(!value.isBlank(), "userId", value, "must not be blank");
        ValidationException.check(value.length() <= 128, "userId", value, "must be at most 128 characters");
        ValidationException.check(value.chars().noneMatch(Character::isISOControl), "userId", value,
                "must not contain control characters");
        ValidationException.requireWellFormed("userId", value);
    }

    /** Same as the constructor. */
    @JsonCreator
    public static UserId of(String value) {
        return new UserId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}

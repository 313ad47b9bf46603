package dev.crmkit.imports.mapping;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.crmkit.core.error.ValidationException;
import java.util.Arrays;
import java.util.Locale;

/** What to do when a referenced record does not exist: in JSON {@code "reject"}, {@code "ignore"}, {@code "create"}. */
public enum IfMissing {
    /** Reject the row (the default: a row is imported completely or not at all). */
    REJECT,
    /** Import the row without the reference. */
    IGNORE,
    /** Create the referenced account (only for account look-ups by name or domain). */
    CREATE;

    /** The JSON name. */
    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a JSON name.
     *
     * @throws ValidationException (field {@code ifMissing}) for an unknown name
     */
    @JsonCreator
    public static IfMissing fromName(String name) {
        for (IfMissing value : values()) {
            if (value.jsonName().equals(name)) {
                return value;
            }
        }
        throw new ValidationException("ifMissing", name, "must be one of "
                + Arrays.stream(values()).map(IfMissing::jsonName).toList());
    }
}

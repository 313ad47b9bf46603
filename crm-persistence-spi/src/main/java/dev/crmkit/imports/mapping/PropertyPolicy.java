package dev.crmkit.imports.mapping;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.crmkit.core.error.ValidationException;
import java.util.Arrays;
import java.util.Locale;

/** Whether an import may define custom properties: in JSON {@code "require"} or {@code "create"}. */
public enum PropertyPolicy {
    /** Every mapped property must already be defined; values are checked against the definitions. */
    REQUIRE,
    /**
     * Missing definitions are created before the first row (label = the column name, type from the mapping);
     * enumeration values not yet allowed are added to the definition in the transaction of the row that
     * brings them.
     */
    CREATE;

    /** The JSON name. */
    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a JSON name.
     *
     * @throws ValidationException (field {@code propertyDefinitions}) for an unknown name
     */
    @JsonCreator
    public static PropertyPolicy fromName(String name) {
        for (PropertyPolicy value : values()) {
            if (value.jsonName().equals(name)) {
                return value;
            }
        }
        throw new ValidationException("propertyDefinitions", name, "must be one of "
                + Arrays.stream(values()).map(PropertyPolicy::jsonName).toList());
    }
}

package dev.crmkit.imports.mapping;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.crmkit.core.error.ValidationException;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text clean-up applied to a cell before it is converted, in the order the mapping lists them. In JSON
 * {@code "trim"}, {@code "lower"}, {@code "upper"}, {@code "collapse-spaces"}.
 */
public enum Transform {
    /** Removes leading and trailing white space (Unicode-aware, like {@link String#strip()}). */
    TRIM("trim"),
    /** Lower-cases (locale-independent). */
    LOWER("lower"),
    /** Upper-cases (locale-independent). */
    UPPER("upper"),
    /** Replaces every run of white space with one space and trims. */
    COLLAPSE_SPACES("collapse-spaces");

    private final String jsonName;

    Transform(String jsonName) {
        this.jsonName = jsonName;
    }

    /** Applies the transform. */
    public String apply(String text) {
        return switch (this) {
            case TRIM -> text.strip();
            case LOWER -> text.toLowerCase(Locale.ROOT);
            case UPPER -> text.toUpperCase(Locale.ROOT);
            case COLLAPSE_SPACES -> text.strip().replaceAll("\\s+", " ");
        };
    }

    /** The JSON name. */
    @JsonValue
    public String jsonName() {
        return jsonName;
    }

    /**
     * Parses a JSON name.
     *
     * @throws ValidationException (field {@code transform}) for an unknown name
     */
    @JsonCreator
    public static Transform fromName(String name) {
        for (Transform transform : values()) {
            if (transform.jsonName.equals(name)) {
                return transform;
            }
        }
        throw new ValidationException("transform", name, "must be one of "
                + Arrays.stream(values()).map(Transform::jsonName).toList());
    }
}

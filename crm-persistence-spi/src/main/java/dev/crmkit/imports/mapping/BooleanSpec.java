package dev.crmkit.imports.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.core.error.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words for yes and no, compared ignoring case: {@code {"true": ["Yes", "1"], "false": ["No", "0"]}}.
 * The default accepts {@code true/yes/y/1/x/on} and {@code false/no/n/0/off}.
 *
 * @param trueValues  the words for yes
 * @param falseValues the words for no
 */
public record BooleanSpec(@JsonProperty("true") List<String> trueValues, @JsonProperty("false") List<String> falseValues) {
    /** The default words. */
    public static final BooleanSpec DEFAULT = new BooleanSpec(List.of("true", "yes", "y", "1", "x", "on"),
            List.of("false", "no", "n", "0", "off"));

    /** Copies and validates. @throws ValidationException when a word is listed for both */
    public BooleanSpec {
        trueValues = trueValues == null ? DEFAULT.trueValues : List.copyOf(trueValues);
        falseValues = falseValues == null ? DEFAULT.falseValues : List.copyOf(falseValues);
        Set<String> yes = new HashSet<>();
        trueValues.forEach(v -> yes.add(v.toLowerCase(Locale.ROOT)));
        for (String no : falseValues) {
            ValidationException.check(!yes.contains(no.toLowerCase(Locale.ROOT)), "false", no, "is also listed as true");
        }
    }

    /**
     * Reads a word.
     *
     * @throws ValidationException (field {@code field}) when the word is neither
     */
    public boolean parse(String field, String text) {
        for (String yes : trueValues) {
            if (yes.equalsIgnoreCase(text)) {
                return true;
            }
        }
        for (String no : falseValues) {
            if (no.equalsIgnoreCase(text)) {
                return false;
            }
        }
        throw new ValidationException(field, text, "is not a yes/no value (yes: " + trueValues + ", no: " + falseValues + ")");
    }
}

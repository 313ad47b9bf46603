package dev.crmkit.imports.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.core.error.ValidationException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Translates source values to target values (enumerations, stage keys, lifecycle stages):
 * {@code {"values": {"Closed Won": "closed-won"}, "default": "prospecting", "ignoreCase": true}}. A value that
 * maps to the empty string is treated as empty. A value not in the map becomes {@code default} when one is
 * given and otherwise passes through unchanged (and is then checked by the target).
 *
 * @param values       source value to target value
 * @param defaultValue the target value for source values not in the map
 * @param ignoreCase   whether source values are compared ignoring case
 */
public record ValueMap(Map<String, String> values, @JsonProperty("default") Optional<String> defaultValue,
                       boolean ignoreCase) {
    /** Copies and validates. @throws ValidationException when {@code values} is missing */
    public ValueMap {
        ValidationException.check(values != null, "values", null, "is required");
        values = Map.copyOf(values);
        defaultValue = defaultValue == null ? Optional.empty() : defaultValue;
    }

    /** Translates one non-empty source value. */
    public String apply(String source) {
        String hit = lookup(source);
        if (hit != null) {
            return hit;
        }
        return defaultValue.orElse(source);
    }

    private String lookup(String source) {
        String exact = values.get(source);
        if (exact != null || !ignoreCase) {
            return exact;
        }
        return folded().get(source.toLowerCase(Locale.ROOT));
    }

    private Map<String, String> folded() {
        Map<String, String> folded = new LinkedHashMap<>();
        values.forEach((k, v) -> folded.putIfAbsent(k.toLowerCase(Locale.ROOT), v));
        return folded;
    }
}

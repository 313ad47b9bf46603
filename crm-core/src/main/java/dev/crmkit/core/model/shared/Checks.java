package dev.crmkit.core.model.shared;

import dev.crmkit.core.error.ValidationException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Validation helpers the entities' {@code @Value.Check} methods share. */
public final class Checks {
    private static final Pattern PROPERTY_KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private Checks() {
    }

    /** An optional text, when present, is not blank and not longer than {@code max}. */
    public static void optionalText(String field, Optional<String> value, int max) {
        value.ifPresent(v -> ValidationException.requireText(field, v, max));
    }

    /** Property keys are lower-case identifiers ({@code [a-z][a-z0-9_]*}, at most 64 characters). */
    public static void propertyKeys(Map<String, PropertyValue> properties) {
        for (String key : properties.keySet()) {
            requirePropertyKey("properties." + key, key);
        }
    }

    /** Throws unless {@code key} is a valid property key. */
    public static String requirePropertyKey(String field, String key) {
        ValidationException.check(key != null && PROPERTY_KEY.matcher(key).matches(), field, key,
                "must be a lower-case identifier: a letter, then letters, digits or '_' (at most 64)");
        return key;
    }

    /** At most one external id per source. */
    public static void externalIds(Collection<ExternalId> externalIds) {
        Set<String> sources = new HashSet<>();
        for (ExternalId id : externalIds) {
            ValidationException.check(sources.add(id.source()), "externalIds", id, "has a second id for source " + id.source());
        }
    }

    /** A non-negative optional amount. */
    public static void nonNegative(String field, Optional<Money> money) {
        money.ifPresent(m -> ValidationException.check(!m.isNegative(), field, m, "must not be negative"));
    }
}

package dev.crmkit.imports.mapping;

import dev.crmkit.core.error.ValidationException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * How dates are written: {@code {"patterns": ["MM/dd/yyyy", "iso"], "timeZone": "Europe/Berlin"}}. Patterns
 * are {@link DateTimeFormatter} patterns tried in order, parsed strictly (so {@code 02/30/2024} is rejected);
 * {@code "iso"} accepts ISO-8601 dates ({@code 2024-03-15}), local date-times ({@code 2024-03-15T10:00}),
 * offset date-times and instants ({@code 2024-03-15T10:00:00Z}). Date-times without an offset are read in
 * {@code timeZone}; dates used as moments (createdAt, closedAt) are the start of that day in it.
 *
 * @param patterns the patterns (default {@code ["iso"]})
 * @param timeZone the zone for local date-times (default: the mapping's {@code defaults.timeZone})
 */
public record DateSpec(List<String> patterns, Optional<String> timeZone) {
    /** The keyword for ISO-8601 input. */
    public static final String ISO = "iso";

    /** Validates every pattern and the zone. @throws ValidationException naming the bad pattern or zone */
    public DateSpec {
        patterns = patterns == null || patterns.isEmpty() ? List.of(ISO) : List.copyOf(patterns);
        timeZone = timeZone == null ? Optional.empty() : timeZone;
        for (int i = 0; i < patterns.size(); i++) {
            String pattern = patterns.get(i);
            ValidationException.check(pattern != null && !pattern.isBlank(), "patterns[" + i + "]", pattern, "must not be blank");
            if (!ISO.equals(pattern)) {
                try {
                    DateTimeFormatter.ofPattern(pattern);
                } catch (IllegalArgumentException e) {
                    throw new ValidationException("patterns[" + i + "]", pattern, "is not a date pattern: " + e.getMessage());
                }
            }
        }
        timeZone.ifPresent(DateSpec::zone);
    }

    /** ISO-8601 only. */
    public static DateSpec iso() {
        return new DateSpec(List.of(ISO), Optional.empty());
    }

    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new ValidationException("timeZone", id, "is not a time-zone id such as UTC or Europe/Berlin");
        }
    }
}

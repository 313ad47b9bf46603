package dev.crmkit.internal;

import dev.crmkit.core.model.shared.IdGenerator;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The configuration a {@code Crm} was built with.
 *
 * @param clock          where moments come from
 * @param ids            where new ids come from
 * @param defaultRegion  region for phone numbers written without a country code
 * @param initialBackoff the pause before the second attempt of a retried use case
 * @param maxBackoff     the longest pause between attempts
 */
public record CrmSettings(Clock clock, IdGenerator ids, Optional<String> defaultRegion, Duration initialBackoff,
                          Duration maxBackoff) {
    /** Requires every component. */
    public CrmSettings {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(defaultRegion, "defaultRegion");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
    }
}

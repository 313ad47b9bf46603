package dev.crmkit.imports.mapping;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.Money;
import java.util.Locale;
import java.util.Optional;

/**
 * Settings every field of a mapping shares: {@code {"currency": "USD", "phoneRegion": "US", "timeZone": "UTC"}}.
 *
 * @param currency    the currency of money fields without their own (default: none, so money fields need one)
 * @param phoneRegion the ISO 3166 region for phone numbers written without a country code (default: none, so
 *                    such numbers are rejected)
 * @param timeZone    the zone for date-times without an offset (default {@code UTC})
 */
public record MappingDefaults(Optional<String> currency, Optional<String> phoneRegion, String timeZone) {
    /** No currency, no phone region, UTC. */
    public static final MappingDefaults NONE = new MappingDefaults(Optional.empty(), Optional.empty(), "UTC");

    /** Validates. @throws ValidationException for an unknown currency, region or zone */
    public MappingDefaults {
        currency = currency == null ? Optional.empty() : currency;
        phoneRegion = phoneRegion == null ? Optional.empty() : phoneRegion.map(r -> r.toUpperCase(Locale.ROOT));
        timeZone = timeZone == null ? "UTC" : timeZone;
        currency.ifPresent(Money::currency);
        phoneRegion.ifPresent(r -> ValidationException.check(java.util.Set.of(Locale.getISOCountries()).contains(r),
                "phoneRegion", r, "must be an ISO 3166 alpha-2 region such as US or DE"));
        DateSpec.zone(timeZone);
    }
}

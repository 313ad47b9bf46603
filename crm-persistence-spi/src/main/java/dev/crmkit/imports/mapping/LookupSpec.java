package dev.crmkit.imports.mapping;

import dev.crmkit.core.error.ValidationException;
import java.util.Optional;

/**
 * How a cell names another record (a contact's or deal's account, an account's parent, a deal's contacts):
 * {@code {"by": "name", "ifMissing": "create", "role": "employee"}}.
 *
 * @param by        what the cell holds; default {@code externalId} for accounts and {@code email} for contacts
 * @param source    for {@code externalId}: the other system (default: the mapping's external-id source)
 * @param ifMissing what to do when no record matches (default {@code reject}); {@code create} only for account
 *                  look-ups by name or domain
 * @param role      the role on the link ({@code AccountLink} or {@code DealContact}); default {@code employee}
 *                  for contacts' accounts and {@code contact} for deals' contacts
 */
public record LookupSpec(Optional<LookupBy> by, Optional<String> source, IfMissing ifMissing, Optional<String> role) {
    /** The defaults: look-up by the target's default key, rejecting rows whose reference is missing. */
    public static final LookupSpec DEFAULT = new LookupSpec(Optional.empty(), Optional.empty(), IfMissing.REJECT,
            Optional.empty());

    /** Fills defaults and validates. @throws ValidationException for {@code create} without a look-up by name or domain */
    public LookupSpec {
        by = by == null ? Optional.empty() : by;
        source = source == null ? Optional.empty() : source;
        ifMissing = ifMissing == null ? IfMissing.REJECT : ifMissing;
        role = role == null ? Optional.empty() : role;
        source.ifPresent(s -> ValidationException.requireText("source", s, 64));
        role.ifPresent(r -> ValidationException.requireText("role", r, 100));
        boolean creatable = by.map(b -> b == LookupBy.NAME || b == LookupBy.DOMAIN).orElse(false);
        ValidationException.check(ifMissing != IfMissing.CREATE || creatable, "ifMissing", ifMissing.jsonName(),
                "\"create\" needs a look-up by name or domain");
    }

    /** A look-up by {@code by} with the other defaults. */
    public static LookupSpec by(LookupBy by, IfMissing ifMissing) {
        return new LookupSpec(Optional.of(by), Optional.empty(), ifMissing, Optional.empty());
    }
}

package dev.crmkit.core.model.shared;

import dev.crmkit.core.error.ValidationException;
import java.util.Comparator;
import java.util.UUID;

/** Common shape of the typed ids: each wraps one UUID. */
public interface EntityId {

    /**
     * UUIDs as unsigned 128-bit numbers: the order of their canonical text, and the order in which
     * PostgreSQL, H2 and binary columns compare them ({@link UUID#compareTo} compares signed halves instead).
     */
    Comparator<UUID> UUID_ORDER = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    /** The wrapped UUID. */
    UUID value();

    /** Throws a {@link ValidationException} for a null UUID. */
    static void requireUuid(String field, UUID value) {
        ValidationException.check(value != null, field, null, "is required");
    }

    /** Parses a UUID, throwing a {@link ValidationException} naming {@code field} when it is malformed. */
    static UUID parseUuid(String field, String text) {
        ValidationException.check(text != null, field, null, "is required");
        try {
            UUID uuid = UUID.fromString(text.strip());
            ValidationException.check(uuid.toString().equalsIgnoreCase(text.strip()), field, text, "is not a UUID");
            return uuid;
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, text, "is not a UUID");
        }
    }
}

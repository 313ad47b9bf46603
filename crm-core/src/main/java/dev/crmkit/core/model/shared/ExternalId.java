package dev.crmkit.core.model.shared;

import dev.crmkit.core.error.ValidationException;

/**
 * The id a record has in another system ({@code source} "hubspot", {@code id} "1234"). Unique per tenant,
 * object type and source, which makes imports idempotent: re-importing updates instead of duplicating.
 *
 * @param source the other system, 1-64 characters
 * @param id     the record's id there, 1-255 characters
 */
public record ExternalId(String source, String id) {
    public ExternalId {
        source = ValidationException.requireText("externalId.source", source, 64);
        id = ValidationException.requireText("externalId.id", id, 255);
    }

    /** Same as the constructor. */
    public static ExternalId of(String source, String id) {
        return new ExternalId(source, id);
    }

    @Override
    public String toString() {
        return source + ":" + id;
    }
}

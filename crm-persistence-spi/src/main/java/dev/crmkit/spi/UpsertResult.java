package dev.crmkit.spi;

import java.util.List;

/**
 * What a bulk upsert by external id did.
 *
 * @param inserted the records that were new, as stored (version 1)
 * @param updated  the records that existed, as stored (their stored id and creation moment kept, version + 1)
 * @param <T>      the record type
 */
public record UpsertResult<T>(List<T> inserted, List<T> updated) {
    public UpsertResult {
        inserted = List.copyOf(inserted);
        updated = List.copyOf(updated);
    }
}

package dev.crmkit.imports;

import dev.crmkit.spi.ExternallyIdentifiedRepository;
import java.util.List;
import java.util.Map;

/**
 * The stored records a batch's rows name by their external ids, looked up for the whole batch at once
 * ({@link ExternallyIdentifiedRepository#findAllByExternalIds}: a few key-list queries in SQL stores) rather than
 * once per row. Rows of one batch never see each other's writes before the batch is stored, so this is the same
 * answer as asking row by row.
 */
final class StoredRecords {
    private StoredRecords() {
    }

    /** The stored records of {@code rows}' external ids (all of the mapping's source), keyed by external id. */
    static <T> Map<String, T> byExternalId(ExternallyIdentifiedRepository<T, ?> repository, String source,
                                           List<PendingRow> rows) {
        List<String> ids = rows.stream().map(row -> row.draft().externalId().id()).toList();
        return repository.findAllByExternalIds(source, ids);
    }
}

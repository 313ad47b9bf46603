package dev.crmkit.imports;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did. Every row read is counted exactly once as inserted, updated or rejected.
 *
 * @param source            the input's name
 * @param rowsRead          data rows read (header excluded)
 * @param inserted          rows that created a record
 * @param updated           rows that updated a record (also rows that repeat an earlier row's external id)
 * @param rejected          rows sent to the reject sink
 * @param warnings          imported rows with warnings (deals in an open stage whose gate is not satisfied)
 * @param duration          wall time by the import's clock
 * @param rejectedByReason  rejected rows per reason code (see {@link RejectedRow#reasonCode()}), sorted by code
 * @param warningsByRule    warnings per rule id, sorted by id
 */
public record ImportSummary(String source, long rowsRead, long inserted, long updated, long rejected, long warnings,
                            Duration duration, Map<String, Long> rejectedByReason, Map<String, Long> warningsByRule) {
    /** Copies the maps (sorted). */
    public ImportSummary {
        rejectedByReason = java.util.Collections.unmodifiableMap(new TreeMap<>(rejectedByReason));
        warningsByRule = java.util.Collections.unmodifiableMap(new TreeMap<>(warningsByRule));
    }

    /** Rows stored (inserted + updated). */
    public long rowsImported() {
        return inserted + updated;
    }

    /** Rows per second over the whole import, or 0 when no time passed. */
    public double rowsPerSecond() {
        long millis = duration.toMillis();
        return millis == 0 ? 0 : rowsRead * 1000.0 / millis;
    }
}

package dev.crmkit.imports;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Where an import stands, reported to {@link ImportListener#progress} after every batch. A progress bar
 * shows {@code bytesRead / totalBytes} when both are known, otherwise {@link #rowsRead()}; the rate is
 * {@code rowsRead / elapsed}.
 *
 * @param rowsRead   data rows read so far (header excluded)
 * @param inserted   rows that created a record
 * @param updated    rows that updated a record
 * @param rejected   rows sent to the reject sink
 * @param bytesRead  bytes consumed, when the input counts them
 * @param totalBytes the input's size, when known
 * @param elapsed    time since the import started, by the import's clock
 */
public record ImportProgress(long rowsRead, long inserted, long updated, long rejected, OptionalLong bytesRead,
                             OptionalLong totalBytes, Duration elapsed) {

    /** Rows stored so far (inserted + updated). */
    public long rowsImported() {
        return inserted + updated;
    }
}

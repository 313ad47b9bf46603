/**
 * Tabular input: a streaming RFC 4180 CSV reader ({@link dev.crmkit.core.tabular.CsvReader}) and a small
 * source-independent view of rows ({@link dev.crmkit.core.tabular.TabularRecord},
 * {@link dev.crmkit.core.tabular.Table}) that models train from and importers read from.
 *
 * <p>Everything here reads from a {@link java.io.Reader}; opening files, URLs or database cursors is the
 * caller's business, which keeps the core free of I/O policy. Malformed text is reported as a
 * {@link dev.crmkit.core.tabular.CsvFormatException} naming the line and record, and a failing
 * {@code Reader} as a {@link dev.crmkit.core.tabular.TabularIoException}; nothing else escapes the reader.
 */
package dev.crmkit.core.tabular;

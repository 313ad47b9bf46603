/**
 * CSV import: {@link dev.crmkit.imports.CsvImport} reads a file row by row, converts each row with an
 * {@link dev.crmkit.imports.mapping.ImportMapping}, and stores the rows in batches, one transaction each,
 * upserting by external id so that importing a file again creates no duplicates. Rows that cannot be
 * imported go to a {@link dev.crmkit.imports.RejectSink} with their row number and reason; nothing of them is
 * stored. Progress goes to an {@link dev.crmkit.imports.ImportListener}; the result is an
 * {@link dev.crmkit.imports.ImportSummary}. {@link dev.crmkit.imports.LeadsCsvImport} and
 * {@link dev.crmkit.imports.MavenPipelineImport} import two public data sets with shipped mappings.
 * {@link dev.crmkit.imports.CsvCells} neutralizes spreadsheet formulas in exported cells.
 *
 * <p>See {@code docs/import.md} for the mapping format and the semantics of batches and rejects.
 */
package dev.crmkit.imports;

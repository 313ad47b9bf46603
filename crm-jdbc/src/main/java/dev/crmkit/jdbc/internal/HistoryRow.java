package dev.crmkit.jdbc.internal;

/**
 * One versioned row of the schema-history table: a migration that was applied, or that was started and did
 * not finish ({@code success} false: it failed, or the process stopped while it ran).
 *
 * @param rank     Flyway's {@code installed_rank}, the row's key
 * @param version  the migration's version, e.g. {@code 1}
 * @param script   the script's file name as recorded
 * @param checksum the recorded checksum, {@code null} when none was recorded
 * @param success  whether the migration finished
 */
record HistoryRow(int rank, String version, String script, Integer checksum, boolean success) {
}

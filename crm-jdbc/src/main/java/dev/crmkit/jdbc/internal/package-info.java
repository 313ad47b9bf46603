/**
 * Implementation of the JDBC store; not API. One SQL class per table ({@code AccountSql}, {@code DealSql},
 * ...), the repositories built on {@code AggregateTable}, value binding and row reading ({@code Params},
 * {@code Row}), the cursor codec, the migration runner (with the schema history and the script execution that
 * resumes an interrupted migration) and the SQL exception translator. Nothing here
 * appears in a public signature of {@code dev.crmkit.jdbc}.
 */
package dev.crmkit.jdbc.internal;

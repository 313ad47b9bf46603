/**
 * Implementation of the JDBC store; not API. One SQL class per table ({@code AccountSql}, {@code DealSql},
 * ...), the repositories built on {@code AggregateTable}, value binding and row reading ({@code Params},
 * {@code Row}), the cursor codec, the migration runner and the SQL exception translator. Nothing here
 * appears in a public signature of {@code dev.crmkit.jdbc}.
 */
package dev.crmkit.jdbc.internal;

/**
 * SQL dialects of the JDBC store: {@link dev.crmkit.jdbc.dialect.Dialect} with defaults for databases with
 * native UUID and time-zone-aware timestamps, and {@link dev.crmkit.jdbc.dialect.H2Dialect},
 * {@link dev.crmkit.jdbc.dialect.PostgresDialect} and {@link dev.crmkit.jdbc.dialect.MariaDbDialect}.
 * The store detects the dialect from {@link java.sql.DatabaseMetaData#getDatabaseProductName()} unless the
 * host passes one.
 */
package dev.crmkit.jdbc.dialect;

/**
 * The JDBC store: {@link dev.crmkit.jdbc.JdbcCrmStore} (built with its {@link dev.crmkit.jdbc.JdbcCrmStore.Builder}
 * or the H2 shortcuts) and {@link dev.crmkit.jdbc.SchemaMode}. Dialects live in {@code dev.crmkit.jdbc.dialect};
 * everything else is internal. The design is described in {@code docs/storage-jdbc.md}.
 */
package dev.crmkit.jdbc;

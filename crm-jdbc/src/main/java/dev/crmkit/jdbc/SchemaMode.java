package dev.crmkit.jdbc;

/** What {@link JdbcCrmStore} does with the database schema when it is built. */
public enum SchemaMode {
    /**
     * Creates or upgrades the schema: applies every pending migration script under a database lock (so two
     * processes starting together do not both migrate) and records it in the schema-history table. The
     * default.
     */
    MIGRATE,
    /**
     * Changes nothing, but refuses to start ({@link dev.crmkit.spi.SchemaMismatchException}) unless the
     * schema-history table records every migration of this version, unchanged and successful, and none it
     * does not know. For hosts that migrate with Flyway or by hand.
     */
    VALIDATE,
    /** Neither touches nor checks the schema. */
    NONE
}

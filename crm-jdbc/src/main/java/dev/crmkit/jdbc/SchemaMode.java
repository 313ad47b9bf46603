package dev.crmkit.jdbc;

/** What {@link JdbcCrmStore} does with the database schema when it is built. */
public enum SchemaMode {
    /**
     * Creates or upgrades the schema: applies every pending migration script under a database lock (so two
     * processes starting together do not both migrate) and records it in the schema-history table. The
     * default.
     *
     * <p>A migration interrupted by a crash, a kill or a lost connection is finished by the next start in this
     * mode. On PostgreSQL a script and its history row commit together, so nothing of it stays behind. On H2 and
     * MariaDB, whose DDL commits statement by statement, the migration is recorded as unfinished before its
     * first statement; the next start resumes it (logging a warning): it runs the script again in order and
     * skips the leading statements whose table, index or constraint already exists, as told by the database's
     * error code. It refuses instead ({@link dev.crmkit.spi.SchemaMismatchException}) when the unfinished
     * migration is unknown to this version, its script changed, a later migration is recorded after it, or a
     * statement meets an object the interrupted run did not make; and it never takes over tables that no
     * recorded migration made (tables with the store's names but no history, e.g. someone else's).
     */
    MIGRATE,
    /**
     * Changes nothing, but refuses to start ({@link dev.crmkit.spi.SchemaMismatchException}) unless the
     * schema-history table records every migration of this version, unchanged and successful, and none it
     * does not know (an unfinished migration is reported; {@link #MIGRATE} resumes it). For hosts that migrate
     * with Flyway or by hand.
     */
    VALIDATE,
    /** Neither touches nor checks the schema. */
    NONE
}

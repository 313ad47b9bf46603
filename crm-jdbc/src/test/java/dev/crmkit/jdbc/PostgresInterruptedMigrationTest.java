package dev.crmkit.jdbc;

/** {@link InterruptedMigrationContract} on PostgreSQL (when {@code CRM_TEST_POSTGRES_URL} is set), at 10 sampled kill points. */
class PostgresInterruptedMigrationTest extends InterruptedMigrationContract {
    PostgresInterruptedMigrationTest() {
        super(TestDatabase.Kind.POSTGRES, 10);
    }
}

package dev.crmkit.jdbc;

/** {@link InterruptedMigrationContract} on PostgreSQL (when {@code CRM_TEST_POSTGRES_URL} is set), at 10 sampled kill points. */
class PostgresInterruptedMigrationTest extends InterruptedMigrationContract {
    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRES;
    }

    @Override
    protected int sampledKillPoints() {
        return 10;
    }
}

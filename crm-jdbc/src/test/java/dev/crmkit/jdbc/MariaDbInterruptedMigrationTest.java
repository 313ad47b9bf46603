package dev.crmkit.jdbc;

/** {@link InterruptedMigrationContract} on MariaDB (when {@code CRM_TEST_MARIADB_URL} is set), at 8 sampled kill points. */
class MariaDbInterruptedMigrationTest extends InterruptedMigrationContract {
    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }

    @Override
    protected int sampledKillPoints() {
        return 8;
    }
}

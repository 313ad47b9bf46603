package dev.crmkit.jdbc;

/** {@link InterruptedMigrationContract} on MariaDB (when {@code CRM_TEST_MARIADB_URL} is set), at 8 sampled kill points. */
class MariaDbInterruptedMigrationTest extends InterruptedMigrationContract {
    MariaDbInterruptedMigrationTest() {
        super(TestDatabase.Kind.MARIADB, 8);
    }
}

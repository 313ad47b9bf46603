package dev.crmkit.jdbc.robustness;

/** {@link HostileQueryContract} on MariaDB ({@code CRM_TEST_MARIADB_URL}), in a database of its own. */
class MariaDbHostileQueryTest extends HostileQueryContract {
    @Override
    protected ScratchDatabase.Kind kind() {
        return ScratchDatabase.Kind.MARIADB;
    }
}

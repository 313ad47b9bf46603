package dev.crmkit.jdbc;

import dev.crmkit.spi.tck.CrmStoreContract;
import dev.crmkit.spi.tck.CrmStoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Runs the whole TCK against {@link JdbcCrmStore} on MariaDB, in a database of its own, when
 * {@code CRM_TEST_MARIADB_URL} is set (skipped with that reason otherwise; failing if the server is down).
 */
class MariaDbCrmStoreTest extends CrmStoreContract {
    private static JdbcStoreFixture fixture;

    @BeforeAll
    static void createDatabase() {
        fixture = new JdbcStoreFixture(TestDatabase.Kind.MARIADB);
    }

    @Override
    protected CrmStoreFixture fixture() {
        return fixture;
    }

    @AfterAll
    static void dropDatabase() {
        if (fixture != null) {
            fixture.close();
            fixture = null;
        }
    }
}

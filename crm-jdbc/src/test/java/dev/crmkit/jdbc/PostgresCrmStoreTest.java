package dev.crmkit.jdbc;

import dev.crmkit.spi.tck.CrmStoreContract;
import dev.crmkit.spi.tck.CrmStoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Runs the whole TCK against {@link JdbcCrmStore} on PostgreSQL, in a schema of its own, when
 * {@code CRM_TEST_POSTGRES_URL} is set (skipped with that reason otherwise; failing if the server is down).
 */
class PostgresCrmStoreTest extends CrmStoreContract {
    private static JdbcStoreFixture fixture;

    @BeforeAll
    static void createSchema() {
        fixture = new JdbcStoreFixture(TestDatabase.Kind.POSTGRES);
    }

    @Override
    protected CrmStoreFixture fixture() {
        return fixture;
    }

    @AfterAll
    static void dropSchema() {
        if (fixture != null) {
            fixture.close();
            fixture = null;
        }
    }
}

package dev.crmkit.jdbc;

import dev.crmkit.spi.tck.CrmStoreContract;
import dev.crmkit.spi.tck.CrmStoreFixture;
import org.junit.jupiter.api.AfterAll;

/** Runs the whole TCK against {@link JdbcCrmStore} on an in-memory H2 database. */
class H2CrmStoreTest extends CrmStoreContract {
    private static JdbcStoreFixture fixture;

    @Override
    protected CrmStoreFixture fixture() {
        if (fixture == null) {
            fixture = new JdbcStoreFixture(TestDatabase.Kind.H2);
        }
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

package dev.crmkit.spi.tck;

import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.UnitOfWork;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every contract class shares: the store under test, emptied before each test, the tenants the tests
 * write to, and fresh {@link TckData}.
 */
public abstract class StoreContract {
    /** The tenant most tests write to. */
    protected static final TenantId TENANT = TenantId.of("tck-tenant-a");
    /** A second tenant, for isolation checks. */
    protected static final TenantId OTHER_TENANT = TenantId.of("tck-tenant-b");

    /** The store under test, empty at the start of each test. */
    protected CrmStore store;
    /** Ids, clock and builders, the same sequence in every test. */
    protected TckData data;

    /**
     * The fixture of the store under test. Called before every test: return the same instance each time (keep
     * it in a static field) so the store is set up once per test class.
     */
    protected abstract CrmStoreFixture fixture();

    @BeforeEach
    final void emptyStore() {
        CrmStoreFixture fixture = fixture();
        fixture.reset();
        store = fixture.store();
        data = new TckData();
    }

    /** Runs {@code work} in one transaction of {@link #TENANT}. */
    protected <T> T tx(Function<UnitOfWork, T> work) {
        return store.inTransaction(TENANT, work);
    }

    /** Runs {@code work} in one transaction of {@link #TENANT}. */
    protected void run(Consumer<UnitOfWork> work) {
        store.run(TENANT, work);
    }
}

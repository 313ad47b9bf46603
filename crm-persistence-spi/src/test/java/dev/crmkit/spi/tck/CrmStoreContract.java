package dev.crmkit.spi.tck;

import org.junit.jupiter.api.Nested;

/**
 * Every contract of the TCK for one store. A store's test only says how to get the store:
 * <pre>{@code
 * class MyCrmStoreTest extends CrmStoreContract {
 *     private static final CrmStoreFixture FIXTURE = CrmStoreFixture.recreating(MyCrmStore::new);
 *
 *     @Override
 *     protected CrmStoreFixture fixture() {
 *         return FIXTURE;
 *     }
 * }
 * }</pre>
 * {@link #fixture()} is called before every test of every nested contract; return one instance per test
 * class.
 */
public abstract class CrmStoreContract {

    /** The fixture of the store under test; the same instance on every call. */
    protected abstract CrmStoreFixture fixture();

    /** {@link AccountRepositoryContract}. */
    @Nested
    class Accounts extends AccountRepositoryContract {
        @Override
        protected CrmStoreFixture fixture() {
            return CrmStoreContract.this.fixture();
        }
    }
}

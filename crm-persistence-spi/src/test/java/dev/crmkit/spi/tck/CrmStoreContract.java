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

    /** {@link ContactRepositoryContract}. */
    @Nested
    class Contacts extends ContactRepositoryContract {
        @Override
        protected CrmStoreFixture fixture() {
            return CrmStoreContract.this.fixture();
        }
    }

    /** {@link DealRepositoryContract}. */
    @Nested
    class Deals extends DealRepositoryContract {
        @Override
        protected CrmStoreFixture fixture() {
            return CrmStoreContract.this.fixture();
        }
    }

    /** {@link PipelineRepositoryContract}. */
    @Nested
    class Pipelines extends PipelineRepositoryContract {
        @Override
        protected CrmStoreFixture fixture() {
            return CrmStoreContract.this.fixture();
        }
    }

    /** {@link ActivityRepositoryContract}. */
    @Nested
    class Activities extends ActivityRepositoryContract {
        @Override
        protected CrmStoreFixture fixture() {
            return CrmStoreContract.this.fixture();
        }
    }

    /** {@link StageHistoryRepositoryContract}. */
    @Nested
    class StageHistories extends StageHistoryRepositoryContract {
        @Override
        protected CrmStoreFixture fixture() {
            return CrmStoreContract.this.fixture();
        }
    }

    /** {@link PropertyDefinitionRepositoryContract}. */
    @Nested
    class PropertyDefinitions extends PropertyDefinitionRepositoryContract {
        @Override
        protected CrmStoreFixture fixture() {
            return CrmStoreContract.this.fixture();
        }
    }

    /** {@link DealAggregationContract}. */
    @Nested
    class DealAggregations extends DealAggregationContract {
        @Override
        protected CrmStoreFixture fixture() {
            return CrmStoreContract.this.fixture();
        }
    }

    /** {@link TransactionContract}. */
    @Nested
    class Transactions extends TransactionContract {
        @Override
        protected CrmStoreFixture fixture() {
            return CrmStoreContract.this.fixture();
        }
    }

    /** {@link ValueFidelityContract}. */
    @Nested
    class ValueFidelity extends ValueFidelityContract {
        @Override
        protected CrmStoreFixture fixture() {
            return CrmStoreContract.this.fixture();
        }
    }

    /** {@link TenantIsolationContract}. */
    @Nested
    class TenantIsolation extends TenantIsolationContract {
        @Override
        protected CrmStoreFixture fixture() {
            return CrmStoreContract.this.fixture();
        }
    }

    /** {@link StatefulStoreContract}. */
    @Nested
    class StatefulComparison extends StatefulStoreContract {
        @Override
        protected CrmStoreFixture fixture() {
            return CrmStoreContract.this.fixture();
        }
    }
}

package dev.crmkit.spi.memory;

import dev.crmkit.spi.tck.CrmStoreContract;
import dev.crmkit.spi.tck.CrmStoreFixture;

/** Runs the whole TCK against {@link InMemoryCrmStore}. */
class InMemoryCrmStoreTest extends CrmStoreContract {
    private static final CrmStoreFixture FIXTURE = CrmStoreFixture.recreating(InMemoryCrmStore::new);

    @Override
    protected CrmStoreFixture fixture() {
        return FIXTURE;
    }
}

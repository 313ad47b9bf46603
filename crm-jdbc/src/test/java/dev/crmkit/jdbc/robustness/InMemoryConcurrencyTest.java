package dev.crmkit.jdbc.robustness;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.memory.InMemoryCrmStore;

/** {@link ConcurrencyContract} on {@link InMemoryCrmStore}: 10,000 updates per run, 10,000 moves and logs. */
class InMemoryConcurrencyTest extends ConcurrencyContract {
    @Override
    protected CrmStore openStore() {
        return new InMemoryCrmStore();
    }

    @Override
    protected void closeDatabase() {
        // nothing outside the store
    }

    @Override
    protected int updates() {
        return Scale.of(10_000, 100_000);
    }

    @Override
    protected int movesAndLogs() {
        return Scale.of(10_000, 100_000);
    }

    @Override
    protected boolean locksRows() {
        return false;
    }
}

package dev.crmkit.jdbc.robustness;

import dev.crmkit.spi.CrmStore;

/** {@link ConcurrencyContract} on an H2 in-memory database (MVStore: row locks, READ COMMITTED). */
class H2ConcurrencyTest extends ConcurrencyContract {
    private ScratchDatabase database;

    @Override
    protected CrmStore openStore() {
        database = ScratchDatabase.create(ScratchDatabase.Kind.H2, THREADS);
        return database.migratedStore();
    }

    @Override
    protected void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected int updates() {
        return Scale.of(10_000, 100_000);
    }

    @Override
    protected int movesAndLogs() {
        return Scale.of(4_000, 20_000);
    }

    @Override
    protected boolean locksRows() {
        return true;
    }
}

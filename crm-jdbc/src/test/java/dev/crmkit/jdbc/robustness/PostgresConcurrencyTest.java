package dev.crmkit.jdbc.robustness;

import dev.crmkit.spi.CrmStore;

/** {@link ConcurrencyContract} on PostgreSQL ({@code CRM_TEST_POSTGRES_URL}), in a schema of its own. */
class PostgresConcurrencyTest extends ConcurrencyContract {
    private ScratchDatabase database;

    @Override
    protected CrmStore openStore() {
        database = ScratchDatabase.create(ScratchDatabase.Kind.POSTGRES, THREADS);
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
        return Scale.of(2_000, 10_000);
    }

    @Override
    protected int movesAndLogs() {
        return Scale.of(1_000, 10_000);
    }

    @Override
    protected boolean locksRows() {
        return true;
    }
}

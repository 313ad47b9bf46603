package dev.crmkit.jdbc;

/** {@link InterruptedMigrationContract} on H2, at every kill point. */
class H2InterruptedMigrationTest extends InterruptedMigrationContract {
    H2InterruptedMigrationTest() {
        super(TestDatabase.Kind.H2, Integer.MAX_VALUE);
    }
}

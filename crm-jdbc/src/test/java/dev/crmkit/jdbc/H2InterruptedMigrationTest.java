package dev.crmkit.jdbc;

/** {@link InterruptedMigrationContract} on H2, at every kill point. */
class H2InterruptedMigrationTest extends InterruptedMigrationContract {
    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }

    @Override
    protected int sampledKillPoints() {
        return Integer.MAX_VALUE;
    }
}

package dev.crmkit.jdbc.robustness;

/** {@link HostileQueryContract} on PostgreSQL ({@code CRM_TEST_POSTGRES_URL}), in a schema of its own. */
class PostgresHostileQueryTest extends HostileQueryContract {
    @Override
    protected ScratchDatabase.Kind kind() {
        return ScratchDatabase.Kind.POSTGRES;
    }
}

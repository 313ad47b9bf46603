package dev.crmkit.jdbc.robustness;

/** {@link HostileQueryContract} on an H2 in-memory database. */
class H2HostileQueryTest extends HostileQueryContract {
    @Override
    protected ScratchDatabase.Kind kind() {
        return ScratchDatabase.Kind.H2;
    }
}

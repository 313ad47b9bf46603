package dev.crmkit.internal;

import java.util.function.Function;

/**
 * Runs a use case in a transaction: either a new one per call (the tenant view) or the one already open
 * (inside {@code inTransaction}).
 */
@FunctionalInterface
public interface TxRunner {

    /** Runs {@code work} with a transaction context and returns its result. */
    <T> T call(Function<TxContext, T> work);
}

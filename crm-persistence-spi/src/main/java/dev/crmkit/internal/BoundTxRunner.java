package dev.crmkit.internal;

import java.util.function.Function;

/** Runs use cases in a transaction that is already open (the host's {@code inTransaction} block). */
public final class BoundTxRunner implements TxRunner {
    private final TxContext context;

    /** Runs use cases in {@code context}. */
    public BoundTxRunner(TxContext context) {
        this.context = context;
    }

    @Override
    public <T> T call(Function<TxContext, T> work) {
        context.requireOpen();
        return work.apply(context);
    }
}

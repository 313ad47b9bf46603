package dev.crmkit.support;

import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.UnitOfWork;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Wraps a store and fails the first {@code failures} transactions after the work ran (as a commit failure
 * would), throwing what {@code failure} makes; the work's writes are rolled back by the delegate.
 */
public final class FlakyStore implements CrmStore {
    private final CrmStore delegate;
    private final Supplier<RuntimeException> failure;
    private final AtomicInteger remainingFailures;
    private final AtomicInteger transactions = new AtomicInteger();

    public FlakyStore(CrmStore delegate, int failures, Supplier<RuntimeException> failure) {
        this.delegate = delegate;
        this.failure = failure;
        this.remainingFailures = new AtomicInteger(failures);
    }

    @Override
    public <T> T inTransaction(TenantId tenant, Function<UnitOfWork, T> work) {
        transactions.incrementAndGet();
        return delegate.inTransaction(tenant, uow -> {
            T result = work.apply(uow);
            if (remainingFailures.getAndDecrement() > 0) {
                throw failure.get();
            }
            return result;
        });
    }

    /** How many transactions were attempted. */
    public int transactions() {
        return transactions.get();
    }

    /** Makes the next {@code n} transactions fail. */
    public void failNext(int n) {
        remainingFailures.set(n);
    }
}

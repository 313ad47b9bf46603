package dev.crmkit.jdbc.robustness;

import dev.crmkit.core.error.CrmException;
import dev.crmkit.spi.CrmStorageException;
import dev.crmkit.spi.VersionConflictException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Counts the failed attempts that the façade's retry helper saw (so a test can tell that conflicts and
 * deadlocks really happened and were retried): version conflicts and transient storage failures.
 */
final class RetryLog {
    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong transients = new AtomicLong();
    private final AtomicLong others = new AtomicLong();
    private final AtomicReference<String> firstTransient = new AtomicReference<>();

    /** {@code attempt}, recording how it failed before the failure goes on to the retry helper. */
    <T> Supplier<T> watch(Supplier<T> attempt) {
        return () -> {
            try {
                return attempt.get();
            } catch (VersionConflictException e) {
                conflicts.incrementAndGet();
                throw e;
            } catch (CrmStorageException e) {
                if (e.isTransient()) {
                    transients.incrementAndGet();
                    firstTransient.compareAndSet(null, e.getMessage());
                } else {
                    others.incrementAndGet();
                }
                throw e;
            } catch (CrmException e) {
                others.incrementAndGet();
                throw e;
            }
        };
    }

    long conflicts() {
        return conflicts.get();
    }

    long transients() {
        return transients.get();
    }

    /** The message of the first transient failure, or null. */
    String firstTransient() {
        return firstTransient.get();
    }

    @Override
    public String toString() {
        return conflicts + " version conflicts and " + transients + " transient failures retried, " + others
                + " other failed attempts" + (firstTransient.get() == null ? "" : "; first transient: " + firstTransient.get());
    }
}

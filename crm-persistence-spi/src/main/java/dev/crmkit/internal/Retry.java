package dev.crmkit.internal;

import dev.crmkit.core.error.CrmException;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.spi.VersionConflictException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Re-runs a whole use case after a version conflict or a transient storage failure, with bounded backoff. */
public final class Retry {
    private static final Logger LOG = LoggerFactory.getLogger(Retry.class);

    private Retry() {
    }

    /** Whether a retry of the whole use case can succeed after this failure. */
    public static boolean isRetryable(CrmException failure) {
        return failure instanceof VersionConflictException || failure.isTransient();
    }

    /**
     * Runs {@code work} up to {@code maxAttempts} times. The pause before attempt n+1 is
     * {@code initial * 2^(n-1)}, capped at {@code max}. The last failure is rethrown with the earlier ones
     * attached as suppressed exceptions.
     */
    public static <T> T run(int maxAttempts, Duration initial, Duration max, Supplier<T> work) {
        ValidationException.check(maxAttempts >= 1, "maxAttempts", maxAttempts, "must be at least 1");
        List<CrmException> earlier = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (CrmException failure) {
                if (!isRetryable(failure) || attempt >= maxAttempts) {
                    earlier.stream().filter(e -> e != failure).forEach(failure::addSuppressed);
                    throw failure;
                }
                earlier.add(failure);
                Duration pause = backoff(attempt, initial, max);
                LOG.debug("attempt {} of {} failed ({}); retrying in {} ms", attempt, maxAttempts, failure.getMessage(),
                        pause.toMillis());
                if (!sleep(pause)) {
                    earlier.stream().filter(e -> e != failure).forEach(failure::addSuppressed);
                    throw failure;
                }
            }
        }
    }

    /** The pause after the given failed attempt (1-based). */
    static Duration backoff(int failedAttempt, Duration initial, Duration max) {
        Duration pause = initial;
        for (int i = 1; i < failedAttempt && pause.compareTo(max) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(max) > 0 ? max : pause;
    }

    private static boolean sleep(Duration pause) {
        if (pause.isZero() || pause.isNegative()) {
            return true;
        }
        try {
            Thread.sleep(pause.toMillis(), (int) (pause.toNanosPart() % 1_000_000));
            return true;
        } catch (InterruptedException e) {
            // Stop retrying: whoever interrupted us wants the thread back.
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

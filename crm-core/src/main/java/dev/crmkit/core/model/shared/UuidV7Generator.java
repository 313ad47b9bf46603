package dev.crmkit.core.model.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds from the injected clock, then random bits.
 * Ids made by one generator are strictly increasing even within one millisecond (a 12-bit counter in the
 * {@code rand_a} field, as RFC 9562 section 6.2 method 1 allows), so records sort by creation order.
 * Thread-safe.
 */
public final class UuidV7Generator implements IdGenerator {
    private final Clock clock;
    private final Random random;
    private long lastMillis = -1;
    private int counter;

    /** A generator on the given clock with a {@link SecureRandom}. */
    public UuidV7Generator(Clock clock) {
        this(clock, new SecureRandom());
    }

    /** A generator on the given clock and random source (a seeded {@link Random} gives repeatable ids in tests). */
    public UuidV7Generator(Clock clock, Random random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public synchronized UUID nextUuid() {
        long millis = clock.millis();
        if (millis > lastMillis) {
            lastMillis = millis;
            counter = random.nextInt(1 << 11);
        } else {
            // Same (or earlier: a clock step back) millisecond: keep order by counting on from the last id.
            counter++;
            if (counter >= (1 << 12)) {
                lastMillis++;
                counter = 0;
            }
        }
        long msb = (lastMillis << 16) | (0x7L << 12) | counter;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}

package dev.crmkit.support;

import dev.crmkit.core.model.shared.IdGenerator;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Ids 00000000-0000-7000-8000-000000000001, ...002, ...: predictable and increasing. */
public final class SequentialIds implements IdGenerator {
    private final AtomicLong next = new AtomicLong();

    @Override
    public UUID nextUuid() {
        return new UUID(0x7000L, 0x8000_0000_0000_0000L | next.incrementAndGet());
    }

    /** The n-th id this generator made (1-based). */
    public static UUID nth(long n) {
        return new UUID(0x7000L, 0x8000_0000_0000_0000L | n);
    }

    /** How many ids were made. */
    public long issued() {
        return next.get();
    }
}

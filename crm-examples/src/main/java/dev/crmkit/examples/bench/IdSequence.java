package dev.crmkit.examples.bench;

import dev.crmkit.core.model.shared.UuidV7Generator;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;

/**
 * Repeatable, increasing UUID v7 ids (as CRMKit's default generator makes them, so B-tree inserts append):
 * a {@link UuidV7Generator} on a fixed clock and a seeded random source. Two sequences of one seed give the
 * same ids, so the CRMKit path and its baseline write identical keys.
 */
public final class IdSequence {
    private final UuidV7Generator generator;

    /** A sequence of this seed. */
    public IdSequence(long seed) {
        this.generator = new UuidV7Generator(Clock.fixed(BenchPipelines.EPOCH, ZoneOffset.UTC), new Random(seed));
    }

    /** The next id. */
    public UUID next() {
        return generator.nextUuid();
    }
}

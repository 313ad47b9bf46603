package dev.crmkit.examples.bench;

/** SplitMix64 finalizer: a well-spread 64-bit hash of (seed, index), the source of every generated field. */
final class Mix {
    private Mix() {
    }

    /** The hash of {@code index} under {@code seed}. */
    static long hash(long seed, long index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

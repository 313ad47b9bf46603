package dev.crmkit.examples.bench;

import java.util.Locale;

/** What a benchmark result is held against. */
public sealed interface Goal {

    /** Whether the measurement meets the goal, given its ratio to the reference (NaN without one). */
    boolean isMet(Measurement measured, double ratio);

    /** The goal as the report shows it. */
    String describe();

    /** No goal: the numbers are reported for information. */
    Goal NONE = new None();

    /** CRMKit may cost at most {@code max} times its reference. */
    static Goal ratioAtMost(double max) {
        return new RatioAtMost(max);
    }

    /** At most {@code millis} per operation. */
    static Goal timeAtMost(double millis) {
        return new TimeAtMost(millis);
    }

    /** At least {@code perSecond} operations per second. */
    static Goal throughputAtLeast(double perSecond) {
        return new ThroughputAtLeast(perSecond);
    }

    /** See {@link #NONE}. */
    record None() implements Goal {
        @Override
        public boolean isMet(Measurement measured, double ratio) {
            return true;
        }

        @Override
        public String describe() {
            return "";
        }
    }

    /** @param max the largest acceptable ratio */
    record RatioAtMost(double max) implements Goal {
        @Override
        public boolean isMet(Measurement measured, double ratio) {
            return ratio <= max;
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "≤ %.1fx", max);
        }
    }

    /** @param millis the longest acceptable time per operation */
    record TimeAtMost(double millis) implements Goal {
        @Override
        public boolean isMet(Measurement measured, double ratio) {
            return measured.millis() <= millis;
        }

        @Override
        public String describe() {
            return millis >= 1000 ? String.format(Locale.ROOT, "< %.0f s", millis / 1000)
                    : String.format(Locale.ROOT, "< %.0f ms", millis);
        }
    }

    /** @param perSecond the lowest acceptable rate */
    record ThroughputAtLeast(double perSecond) implements Goal {
        @Override
        public boolean isMet(Measurement measured, double ratio) {
            return measured.score() >= perSecond;
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "≥ %,.0f/s", perSecond);
        }
    }
}

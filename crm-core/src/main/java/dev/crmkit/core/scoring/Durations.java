package dev.crmkit.core.scoring;

import java.time.Duration;

/** Durations in words for descriptions ({@code 30 days} rather than {@code PT720H}). */
final class Durations {
    private Durations() {
    }

    static String describe(Duration duration) {
        if (duration.toNanosPart() == 0 && duration.toSecondsPart() == 0) {
            long minutes = duration.toMinutes();
            if (minutes % (24 * 60) == 0) {
                return plural(minutes / (24 * 60), "day");
            }
            if (minutes % 60 == 0) {
                return plural(minutes / 60, "hour");
            }
            return plural(minutes, "minute");
        }
        return duration.toString();
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}

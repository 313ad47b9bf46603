package dev.crmkit.examples.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock the demo sets to each moment of the sample company's history before it runs that moment's use case,
 * so that the façade stamps creations, moves and activities with past moments exactly as it would have then.
 * Not thread-safe; used by one generating thread.
 */
final class DemoClock extends Clock {
    private Instant now;

    DemoClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /** Moves the clock to {@code moment} (forwards or backwards). */
    void set(Instant moment) {
        this.now = Objects.requireNonNull(moment, "moment");
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (zone.equals(ZoneOffset.UTC)) {
            return this;
        }
        throw new UnsupportedOperationException("the demo clock runs in UTC");
    }
}

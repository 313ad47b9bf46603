package dev.crmkit.core.scoring;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.crmkit.core.error.ValidationException;
import java.time.Duration;

/**
 * How engagement points lose value as the events behind them age. The age of an event is the scoring moment
 * minus the event's timestamp, in whole milliseconds; an event stamped after the scoring moment (clock skew
 * between systems) has age 0. For a rule awarded {@link Award#EACH_EVENT} every event decays by its own age;
 * for {@link Award#ONCE} the points decay by the age of the newest matching event.
 *
 * <ul>
 * <li>{@link HalfLife}: {@code points x 0.5^(age / halfLife)} &mdash; worth half after one half-life, a
 * quarter after two, never quite zero.</li>
 * <li>{@link Expiry}: full points while {@code age <= after}, zero once older.</li>
 * <li>{@link None}: full points forever.</li>
 * </ul>
 *
 * In JSON: {@code {"type":"half_life","halfLife":"P30D"}}, {@code {"type":"expiry","after":"P90D"}},
 * {@code {"type":"none"}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Decay.None.class, name = "none"),
    @JsonSubTypes.Type(value = Decay.HalfLife.class, name = "half_life"),
    @JsonSubTypes.Type(value = Decay.Expiry.class, name = "expiry")
})
public sealed interface Decay {
    /** The longest duration a model accepts (windows, half-lives, expiries): 100 years of 365 days. */
    Duration MAX_DURATION = Duration.ofDays(36_500);

    /**
     * The factor points are multiplied by for an event {@code ageMillis} old (negative ages count as 0).
     * Between 0 and 1, never increasing with age.
     */
    double factor(long ageMillis);

    /** A short text for people, e.g. {@code half-life 30 days}. */
    String describe();

    /** No decay. */
    record None() implements Decay {
        @Override
        public double factor(long ageMillis) {
            return 1.0;
        }

        @Override
        public String describe() {
            return "no decay";
        }
    }

    /** Exponential decay: points halve every {@code halfLife}. @param halfLife positive, at least 1 ms */
    record HalfLife(Duration halfLife) implements Decay {
        public HalfLife {
            requirePositive("halfLife", halfLife);
        }

        /** {@code -ln 2 / halfLife}, per millisecond: {@code factor = exp(age * rate)}. */
        double ratePerMilli() {
            return -Math.log(2.0) / halfLife.toMillis();
        }

        @Override
        public double factor(long ageMillis) {
            return Math.exp(Math.max(0, ageMillis) * ratePerMilli());
        }

        @Override
        public String describe() {
            return "half-life " + Durations.describe(halfLife);
        }
    }

    /** Full points up to {@code after}, none later. @param after positive, at least 1 ms */
    record Expiry(Duration after) implements Decay {
        public Expiry {
            requirePositive("after", after);
        }

        @Override
        public double factor(long ageMillis) {
            return ageMillis <= after.toMillis() ? 1.0 : 0.0;
        }

        @Override
        public String describe() {
            return "expires after " + Durations.describe(after);
        }
    }

    /** No decay. */
    static Decay none() {
        return new None();
    }

    /** Points halve every {@code halfLife}. */
    static Decay halfLife(Duration halfLife) {
        return new HalfLife(halfLife);
    }

    /** Points drop to zero once the event is older than {@code after}. */
    static Decay expiry(Duration after) {
        return new Expiry(after);
    }

    /** Throws {@link ValidationException} unless {@code value} lies between 1 ms and {@link #MAX_DURATION}. */
    static Duration requirePositive(String field, Duration value) {
        ValidationException.check(value != null, field, null, "is required");
        ValidationException.check(!value.isNegative() && value.compareTo(Duration.ofMillis(1)) >= 0, field, value,
                "must be at least 1 millisecond");
        ValidationException.check(value.compareTo(MAX_DURATION) <= 0, field, value, "must be at most 36500 days");
        return value;
    }
}

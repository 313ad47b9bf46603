package dev.crmkit.core.model.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidV7GeneratorTest {
    private static final Instant T = Instant.parse("2026-01-05T10:15:30.123Z");

    @Test
    void makesVersion7UuidsCarryingTheClocksMilliseconds() {
        UUID id = new UuidV7Generator(Clock.fixed(T, ZoneOffset.UTC), new Random(1)).nextUuid();
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(T.toEpochMilli());
    }

    @Test
    void idsIncreaseWithinOneMillisecondAndWhenTheClockStepsBack() {
        MutableClock clock = new MutableClock(T);
        UuidV7Generator ids = new UuidV7Generator(clock, new Random(7));
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            if (i == 5_000) {
                clock.advance(Duration.ofSeconds(-5));
            }
            made.add(ids.nextUuid());
        }
        // Unsigned comparison of the two halves: the order a database's uuid type uses.
        Comparator<UUID> unsigned = Comparator.<UUID>comparingLong(u -> u.getMostSignificantBits() ^ Long.MIN_VALUE)
                .thenComparingLong(u -> u.getLeastSignificantBits() ^ Long.MIN_VALUE);
        for (int i = 1; i < made.size(); i++) {
            assertThat(unsigned.compare(made.get(i - 1), made.get(i))).as("id %d", i).isNegative();
        }
        assertThat(made).doesNotHaveDuplicates();
    }

    @Test
    void seededGeneratorsRepeat() {
        Clock clock = Clock.fixed(T, ZoneOffset.UTC);
        UuidV7Generator a = new UuidV7Generator(clock, new Random(42));
        UuidV7Generator b = new UuidV7Generator(clock, new Random(42));
        for (int i = 0; i < 100; i++) {
            assertThat(a.nextUuid()).isEqualTo(b.nextUuid());
        }
    }

    @Test
    void typedIdsComeFromTheGenerator() {
        IdGenerator ids = new UuidV7Generator(Clock.fixed(T, ZoneOffset.UTC), new Random(3));
        DealId deal = ids.next(DealId::new);
        assertThat(deal.value().version()).isEqualTo(7);
    }
}

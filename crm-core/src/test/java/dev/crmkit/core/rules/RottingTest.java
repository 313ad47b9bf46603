package dev.crmkit.core.rules;

import static dev.crmkit.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.testing.Fixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RottingTest {
    private final Pipeline pipeline = Fixtures.pipeline().build();
    /** open-c rots after 14 days. */
    private final Deal deal = Fixtures.deal().stage("open-c").build();

    private static Clock at(Duration sinceT0) {
        return Clock.fixed(Fixtures.T0.plus(sinceT0), ZoneOffset.UTC);
    }

    @Test
    void rotsOnceTheThresholdOfIdleDaysIsReached() {
        assertThat(Rotting.isRotting(deal, pipeline, at(Duration.ofDays(14).minusSeconds(1)).instant())).isFalse();
        assertThat(Rotting.isRotting(deal, pipeline, at(Duration.ofDays(14)).instant())).isTrue();
        assertThat(Rotting.isRotting(deal, pipeline, at(Duration.ofDays(400)).instant())).isTrue();
    }

    @Test
    void anActivityResetsTheCount() {
        Deal touched = deal.withLastActivityAt(Fixtures.T0.plus(Duration.ofDays(10)));
        Clock clock = at(Duration.ofDays(20));
        assertThat(Rotting.idleDays(touched, clock.instant())).isEqualTo(10);
        assertThat(Rotting.isRotting(touched, pipeline, clock.instant())).isFalse();
        assertThat(Rotting.isRotting(touched, pipeline, at(Duration.ofDays(24)).instant())).isTrue();
    }

    @Test
    void idleDaysAreWholeTwentyFourHourDays() {
        assertThat(Rotting.idleDays(deal, at(Duration.ofHours(47)).instant())).isEqualTo(1);
        assertThat(Rotting.idleDays(deal, at(Duration.ofHours(48)).instant())).isEqualTo(2);
        assertThat(Rotting.idleDays(deal, at(Duration.ofDays(-3)).instant())).as("touched in the future").isZero();
    }

    @Test
    void stagesWithoutAThresholdNeverRot() {
        Deal inB = deal.withStage("open-b");
        assertThat(Rotting.isRotting(inB, pipeline, at(Duration.ofDays(3650)).instant())).isFalse();
    }

    @Test
    void closedDealsNeverRot() {
        Pipeline rottingClosed = Fixtures.pipeline().build();
        Deal won = deal.withStage("won").withClosedAt(Fixtures.T0);
        assertThat(Rotting.isRotting(won, rottingClosed, at(Duration.ofDays(3650)).instant())).isFalse();
    }

    @Test
    void theThresholdComesFromTheDealsStage() {
        Deal inA = deal.withStage("open-a");
        assertThat(Rotting.isRotting(inA, pipeline, at(Duration.ofDays(29)).instant())).isFalse();
        assertThat(Rotting.isRotting(inA, pipeline, at(Duration.ofDays(30)).instant())).isTrue();
        assertRejected("stage", () -> Rotting.isRotting(deal.withStage("ghost"), pipeline, Fixtures.T0));
    }
}

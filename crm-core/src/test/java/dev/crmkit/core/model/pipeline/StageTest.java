package dev.crmkit.core.model.pipeline;

import static dev.crmkit.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StageTest {

    @Test
    void forecastCategoryDefaultsFollowTheKind() {
        assertThat(Fixtures.openStage("a", 10).build().defaultForecastCategory()).isEqualTo(ForecastCategory.PIPELINE);
        assertThat(Fixtures.wonStage("won").defaultForecastCategory()).isEqualTo(ForecastCategory.CLOSED);
        assertThat(Fixtures.lostStage("lost").defaultForecastCategory()).isEqualTo(ForecastCategory.OMITTED);
        assertThat(Fixtures.openStage("a", 10).build().kind()).isEqualTo(StageKind.OPEN);
        assertThat(Fixtures.openStage("a", 10).build().rottingDays()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Qualification", "has space", "-start", "_start", "naïve", "k!"})
    void rejectsInvalidKeys(String key) {
        assertRejected("key", () -> Fixtures.openStage(key, 10).build());
    }

    @Test
    void keysMayBeUpToSixtyFourCharacters() {
        assertThat(Fixtures.openStage("k".repeat(64), 10).build().key()).hasSize(64);
        assertRejected("key", () -> Fixtures.openStage("k".repeat(65), 10).build());
    }

    @Test
    void rejectsInvalidFields() {
        assertRejected("name", () -> Fixtures.openStage("a", 10).name(" ").build());
        assertRejected("name", () -> Fixtures.openStage("a", 10).name("n".repeat(101)).build());
        assertRejected("rottingDays", () -> Fixtures.openStage("a", 10).rottingDays(-1).build());
        assertRejected("percentage", () -> Fixtures.openStage("a", 101).build());
        assertRejected("percentage", () -> Fixtures.openStage("a", -5).build());
        assertRejected("defaultProbability", () -> Stage.builder().key("a").name("A").build());
    }

    @Test
    void trimsTheName() {
        assertThat(Fixtures.openStage("a", 10).name("  Qualified ").build().name()).isEqualTo("Qualified");
    }

    @Test
    void forecastCategoryMustFitTheKind() {
        assertRejected("defaultForecastCategory", () -> Stage.builder().key("lost").name("Lost")
                .defaultProbability(Percentage.ZERO).kind(StageKind.LOST).defaultForecastCategory(ForecastCategory.PIPELINE).build());
        assertRejected("defaultForecastCategory", () -> Stage.builder().key("won").name("Won")
                .defaultProbability(Percentage.HUNDRED_PERCENT).kind(StageKind.WON).defaultForecastCategory(ForecastCategory.COMMIT)
                .build());
        assertRejected("defaultForecastCategory", () -> Fixtures.openStage("a", 90)
                .defaultForecastCategory(ForecastCategory.CLOSED).build());
        assertThat(Fixtures.openStage("a", 0).defaultForecastCategory(ForecastCategory.OMITTED).build().defaultForecastCategory())
                .isEqualTo(ForecastCategory.OMITTED);
    }
}

package dev.crmkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    @Test
    void backoffDoublesFromTheInitialPauseUpToTheBound() {
        Duration initial = Duration.ofMillis(10);
        Duration max = Duration.ofMillis(200);

        assertThat(Retry.backoff(1, initial, max)).isEqualTo(Duration.ofMillis(10));
        assertThat(Retry.backoff(2, initial, max)).isEqualTo(Duration.ofMillis(20));
        assertThat(Retry.backoff(5, initial, max)).isEqualTo(Duration.ofMillis(160));
        assertThat(Retry.backoff(6, initial, max)).isEqualTo(Duration.ofMillis(200));
        assertThat(Retry.backoff(60, initial, max)).isEqualTo(Duration.ofMillis(200));
    }
}

package dev.crmkit.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BetweenWindowsTest {

    @Test
    void spreadBeyondChanceScaledForANewWindow() {
        // Ratios 0.8 and 1.2: sample variance 0.08; less the mean sampling variance 0.01 leaves 0.07;
        // times (1 + 1/2) for the pooled mean's own error: 0.105.
        assertThat(BetweenWindows.variance(new double[] {0.8, 1.2}, new double[] {0.01, 0.01}))
                .isCloseTo(0.105, within(1e-12));
    }

    @Test
    void noVarianceFromChanceAloneOrFromOneWindow() {
        assertThat(BetweenWindows.variance(new double[] {0.9, 1.1}, new double[] {0.05, 0.05})).isZero();
        assertThat(BetweenWindows.variance(new double[] {1.3}, new double[] {0})).isZero();
        assertThat(BetweenWindows.variance(new double[0], new double[0])).isZero();
    }
}

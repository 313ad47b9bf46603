package dev.crmkit.core.scoring.evaluation;

import dev.crmkit.core.error.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MetricsTest {

    @Test
    void aucOfAHandCountedExample() {
        // pairs (positive, negative): 0.35>0.1, 0.35<0.4, 0.8>0.1, 0.8>0.4 -> 3 of 4
        assertThat(RocAuc.of(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true})).isEqualTo(0.75);
    }

    @Test
    void aucCountsTiesAsHalf() {
        // positives {0.5, 0.9}, negatives {0.5, 0.5}: (0.5 vs 0.5) twice = 2 x 0.5, 0.9 beats both = 2 -> 3 / 4
        assertThat(RocAuc.of(new double[] {0.5, 0.5, 0.5, 0.9}, new boolean[] {false, true, false, true})).isEqualTo(0.75);
        // positives {2, 3, 3}, negatives {1, 2, 3}:
        // 2: beats 1, ties 2 -> 1.5; each 3: beats 1 and 2, ties 3 -> 2.5; total 6.5 / 9
        assertThat(RocAuc.of(new double[] {1, 2, 3, 2, 3, 3}, new boolean[] {false, false, false, true, true, true}))
                .isCloseTo(6.5 / 9, within(1e-15));
        assertThat(RocAuc.of(new double[] {7, 7, 7, 7}, new boolean[] {true, false, true, false})).isEqualTo(0.5);
    }

    @Test
    void aucAcceptsInfiniteScoresButNeedsBothClasses() {
        assertThat(RocAuc.of(new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}, new boolean[] {false, true})).isEqualTo(1.0);
        assertThatThrownBy(() -> RocAuc.of(new double[] {0.1, 0.2}, new boolean[] {true, true})).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> RocAuc.of(new double[] {0.1, Double.NaN}, new boolean[] {true, false})).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> RocAuc.of(new double[] {0.1}, new boolean[] {true, false})).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> RocAuc.of(new double[0], new boolean[0])).isInstanceOf(ValidationException.class);
    }

    @Test
    void logLossOfHandValues() {
        double expected = -(Math.log(0.9) + Math.log(0.8)) / 2; // 0.164252033...
        assertThat(LogLoss.of(new double[] {0.9, 0.2}, new boolean[] {true, false})).isCloseTo(expected, within(1e-15));
        assertThat(LogLoss.of(new double[] {0.9, 0.2}, new boolean[] {true, false})).isCloseTo(0.16425203, within(1e-8));
        assertThat(LogLoss.of(new double[] {0.5, 0.5}, new boolean[] {true, false})).isCloseTo(Math.log(2), within(1e-15));
    }

    @Test
    void logLossClipsCertainMistakes() {
        assertThat(LogLoss.of(new double[] {0.0}, new boolean[] {true})).isCloseTo(-Math.log(1e-15), within(1e-9));
        assertThat(LogLoss.of(new double[] {1.0}, new boolean[] {true})).isCloseTo(0, within(1e-14));
        assertThatThrownBy(() -> LogLoss.of(new double[] {1.5}, new boolean[] {true})).isInstanceOf(ValidationException.class);
    }

    @Test
    void brierScoreOfHandValues() {
        // (0.9 - 1)^2 = 0.01, (0.2 - 0)^2 = 0.04, (0.6 - 0)^2 = 0.36 -> 0.41 / 3
        assertThat(BrierScore.of(new double[] {0.9, 0.2, 0.6}, new boolean[] {true, false, false})).isCloseTo(0.41 / 3, within(1e-15));
        assertThat(BrierScore.of(new double[] {1, 0}, new boolean[] {true, false})).isEqualTo(0.0);
        assertThatThrownBy(() -> BrierScore.of(new double[] {-0.1}, new boolean[] {false})).isInstanceOf(ValidationException.class);
    }

    @Test
    void liftTableOfASmallExample() {
        // 10 cases, 4 positive (base rate 0.4); sorted by score: 0.9+ 0.8+ 0.7- 0.6+ 0.5- | 0.4- 0.3+ 0.2- 0.1- 0.05-
        double[] scores = {0.5, 0.9, 0.1, 0.7, 0.3, 0.8, 0.05, 0.6, 0.2, 0.4};
        boolean[] outcomes = {false, true, false, false, true, true, false, true, false, false};

        LiftTable table = LiftTable.of(scores, outcomes, 2);

        assertThat(table.count()).isEqualTo(10);
        assertThat(table.positives()).isEqualTo(4);
        assertThat(table.rows()).containsExactly(
                new LiftRow(1, 5, 3, 0.6, 0.6 / 0.4, 0.75, 0.5, 0.9),
                new LiftRow(2, 5, 1, 0.2, 0.2 / 0.4, 1.0, 0.05, 0.4));
    }

    @Test
    void decilesSplitUnevenCountsByFloorPositions() {
        double[] scores = new double[25];
        boolean[] outcomes = new boolean[25];
        for (int i = 0; i < 25; i++) {
            scores[i] = 25 - i;
            outcomes[i] = i < 5;
        }

        LiftTable table = LiftTable.deciles(scores, outcomes);

        // bucket b holds [floor(25b/10), floor(25(b+1)/10)): sizes 2,3,2,3,2,3,2,3,2,3
        assertThat(table.rows()).extracting(LiftRow::count).containsExactly(2, 3, 2, 3, 2, 3, 2, 3, 2, 3);
        assertThat(table.rows()).extracting(LiftRow::positives).containsExactly(2, 3, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(table.rows().get(0).lift()).isEqualTo(5.0);
        assertThat(table.rows().get(1).cumulativeCapture()).isEqualTo(1.0);
        assertThatThrownBy(() -> LiftTable.of(scores, outcomes, 26)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> LiftTable.of(scores, new boolean[25], 10)).isInstanceOf(ValidationException.class);
    }
}

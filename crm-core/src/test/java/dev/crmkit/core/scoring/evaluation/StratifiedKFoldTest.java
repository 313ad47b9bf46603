package dev.crmkit.core.scoring.evaluation;

import dev.crmkit.core.error.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StratifiedKFoldTest {

    private static boolean[] outcomes(int positives, int negatives) {
        boolean[] outcomes = new boolean[positives + negatives];
        for (int i = 0; i < positives; i++) {
            outcomes[i * (positives + negatives) / positives] = true;
        }
        return outcomes;
    }

    @Test
    void everyFoldGetsItsShareOfEachClassAndFoldSizesDifferByAtMostOne() {
        boolean[] outcomes = outcomes(23, 81);

        int[] folds = StratifiedKFold.assign(outcomes, 5, 42);

        int[] positives = new int[5];
        int[] sizes = new int[5];
        for (int i = 0; i < folds.length; i++) {
            sizes[folds[i]]++;
            positives[folds[i]] += outcomes[i] ? 1 : 0;
        }
        assertThat(java.util.Arrays.stream(positives).boxed().toList()).allSatisfy(p -> assertThat(p).isBetween(4, 5));
        assertThat(java.util.Arrays.stream(sizes).boxed().toList()).allSatisfy(s -> assertThat(s).isBetween(20, 21));
    }

    @Test
    void theSameSeedGivesTheSameFoldsAndAnotherSeedOthers() {
        boolean[] outcomes = outcomes(50, 150);

        assertThat(StratifiedKFold.assign(outcomes, 5, 7)).isEqualTo(StratifiedKFold.assign(outcomes, 5, 7));
        assertThat(StratifiedKFold.assign(outcomes, 5, 8)).isNotEqualTo(StratifiedKFold.assign(outcomes, 5, 7));
    }

    @Test
    void needsAtLeastTwoFoldsAndOneCaseOfEachClassPerFold() {
        assertThatThrownBy(() -> StratifiedKFold.assign(outcomes(10, 10), 1, 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> StratifiedKFold.assign(outcomes(3, 10), 5, 0)).isInstanceOf(ValidationException.class);
    }
}

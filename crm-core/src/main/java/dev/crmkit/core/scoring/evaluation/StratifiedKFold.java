package dev.crmkit.core.scoring.evaluation;

import dev.crmkit.core.error.ValidationException;

import java.util.SplittableRandom;

/**
 * Assigns cases to k folds so that every fold has (within one case) the same number of positives and of
 * negatives. Each class is shuffled with a {@link SplittableRandom} from the given seed and dealt
 * round-robin; the negatives continue the round where the positives stopped so fold sizes also differ by at
 * most one. The same outcomes and seed always give the same folds.
 */
public final class StratifiedKFold {
    private StratifiedKFold() {
    }

    /**
     * Assigns folds.
     *
     * @param outcomes whether each case is positive
     * @param folds    the number of folds, at least 2
     * @param seed     the shuffling seed
     * @return the fold ({@code 0..folds-1}) of each case
     * @throws ValidationException when {@code folds} is below 2 or a class has fewer cases than folds
     */
    public static int[] assign(boolean[] outcomes, int folds, long seed) {
        ValidationException.check(folds >= 2, "folds", folds, "must be at least 2");
        int positives = 0;
        for (boolean outcome : outcomes) {
            positives += outcome ? 1 : 0;
        }
        int negatives = outcomes.length - positives;
        ValidationException.check(positives >= folds && negatives >= folds, "folds", folds,
                "each class needs at least one case per fold (" + positives + " positive, " + negatives + " negative)");
        SplittableRandom random = new SplittableRandom(seed);
        int[] assignment = new int[outcomes.length];
        int next = deal(outcomes, true, positives, folds, 0, random, assignment);
        deal(outcomes, false, negatives, folds, next, random, assignment);
        return assignment;
    }

    private static int deal(boolean[] outcomes, boolean outcome, int count, int folds, int firstFold,
                            SplittableRandom random, int[] assignment) {
        int[] members = new int[count];
        int m = 0;
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == outcome) {
                members[m++] = i;
            }
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = members[i];
            members[i] = members[j];
            members[j] = swap;
        }
        int fold = firstFold;
        for (int member : members) {
            assignment[member] = fold;
            fold = (fold + 1) % folds;
        }
        return fold;
    }
}

package dev.crmkit.core.scoring.evaluation;

import dev.crmkit.core.error.ValidationException;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Area under the ROC curve, computed exactly from ranks (the Mann-Whitney U statistic): the probability that
 * a random positive scores higher than a random negative, counting ties as one half. Only the order of the
 * scores matters, so any strictly increasing transform of the scores gives the same AUC.
 */
public final class RocAuc {
    private RocAuc() {
    }

    /**
     * Computes the AUC.
     *
     * @param scores   one score per case, higher meaning "more likely positive"; infinities allowed
     * @param outcomes whether each case was positive
     * @return the AUC in {@code [0, 1]}; 0.5 for scores unrelated to the outcome
     * @throws ValidationException when the arrays differ in length or are empty, a score is NaN, or only one
     *                             outcome occurs
     */
    public static double of(double[] scores, boolean[] outcomes) {
        int positives = ScoredOutcomes.positives(scores, outcomes);
        int n = scores.length;
        long negatives = n - positives;
        ValidationException.check(positives > 0 && negatives > 0, "outcomes", positives + " of " + n + " positive",
                "AUC needs both positive and negative cases");
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        // sum of the (1-based, tie-averaged) ranks of the positives; ranks are halves of integers, exact in a double
        double positiveRankSum = 0;
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && Double.compare(scores[order[end]], scores[order[start]]) == 0) {
                end++;
            }
            double averageRank = (start + 1 + end) / 2.0;
            for (int k = start; k < end; k++) {
                if (outcomes[order[k]]) {
                    positiveRankSum += averageRank;
                }
            }
            start = end;
        }
        double u = positiveRankSum - (double) positives * (positives + 1) / 2;
        return u / ((double) positives * negatives);
    }
}

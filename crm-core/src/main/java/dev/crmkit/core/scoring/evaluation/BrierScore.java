package dev.crmkit.core.scoring.evaluation;

import dev.crmkit.core.error.ValidationException;

/**
 * Mean squared difference between predicted probabilities and outcomes (1 for positive, 0 for negative).
 * Lower is better; 0 is perfect, always predicting the base rate {@code r} scores {@code r (1 - r)}.
 */
public final class BrierScore {
    private BrierScore() {
    }

    /**
     * Computes the Brier score.
     *
     * @param probabilities predicted probabilities of a positive outcome
     * @param outcomes      whether each case was positive
     * @return the score in {@code [0, 1]}
     * @throws ValidationException when the arrays differ in length or are empty, or a probability is outside
     *                             {@code [0, 1]} or NaN
     */
    public static double of(double[] probabilities, boolean[] outcomes) {
        ScoredOutcomes.positives(probabilities, outcomes);
        ScoredOutcomes.requireProbabilities(probabilities);
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double error = probabilities[i] - (outcomes[i] ? 1 : 0);
            sum += error * error;
        }
        return sum / probabilities.length;
    }
}

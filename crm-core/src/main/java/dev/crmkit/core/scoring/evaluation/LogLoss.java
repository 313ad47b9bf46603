package dev.crmkit.core.scoring.evaluation;

import dev.crmkit.core.error.ValidationException;

/**
 * Mean negative log-likelihood (cross-entropy) of predicted probabilities, in nats. Lower is better; always
 * predicting the base rate {@code r} scores {@code -(r ln r + (1-r) ln(1-r))}. Probabilities are clipped to
 * {@code [1e-15, 1 - 1e-15]} (as scikit-learn does) so one confident mistake costs about 34.5 instead of
 * infinity.
 */
public final class LogLoss {
    /** The clipping bound. */
    public static final double EPSILON = 1e-15;

    private LogLoss() {
    }

    /**
     * Computes the log loss.
     *
     * @param probabilities predicted probabilities of a positive outcome
     * @param outcomes      whether each case was positive
     * @return the mean log loss, {@code >= 0}
     * @throws ValidationException when the arrays differ in length or are empty, or a probability is outside
     *                             {@code [0, 1]} or NaN
     */
    public static double of(double[] probabilities, boolean[] outcomes) {
        ScoredOutcomes.positives(probabilities, outcomes);
        ScoredOutcomes.requireProbabilities(probabilities);
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double p = Math.min(Math.max(probabilities[i], EPSILON), 1 - EPSILON);
            sum -= outcomes[i] ? Math.log(p) : Math.log1p(-p);
        }
        return sum / probabilities.length;
    }
}

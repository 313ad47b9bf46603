package dev.crmkit.core.scoring.evaluation;

import dev.crmkit.core.error.ValidationException;

/** Argument checks shared by the metrics. */
final class ScoredOutcomes {
    private ScoredOutcomes() {
    }

    static int positives(double[] scores, boolean[] outcomes) {
        ValidationException.check(scores.length == outcomes.length, "outcomes", outcomes.length,
                "must have one outcome per score (" + scores.length + " scores)");
        ValidationException.check(scores.length > 0, "scores", 0, "must not be empty");
        int positives = 0;
        for (int i = 0; i < scores.length; i++) {
            ValidationException.check(!Double.isNaN(scores[i]), "scores[" + i + "]", scores[i], "must not be NaN");
            positives += outcomes[i] ? 1 : 0;
        }
        return positives;
    }

    static void requireProbabilities(double[] probabilities) {
        for (int i = 0; i < probabilities.length; i++) {
            double p = probabilities[i];
            ValidationException.check(p >= 0 && p <= 1, "probabilities[" + i + "]", p, "must be between 0 and 1");
        }
    }
}

package dev.crmkit.core.scoring.evaluation;

import java.util.List;

/**
 * The outcome of a {@link CrossValidation} run.
 *
 * @param folds            per-fold metrics, in fold order
 * @param meanAuc          mean of the fold AUCs
 * @param sdAuc            population standard deviation of the fold AUCs (as numpy's {@code std})
 * @param meanLogLoss      mean of the fold log losses
 * @param meanBrierScore   mean of the fold Brier scores
 * @param outOfFoldLift    decile lift of every record's out-of-fold prediction
 */
public record CrossValidationResult(List<FoldMetrics> folds, double meanAuc, double sdAuc, double meanLogLoss,
                                    double meanBrierScore, LiftTable outOfFoldLift) {

    /**
     * Creates the value (lists are copied).
     *
     * @param folds            per-fold metrics, in fold order
     * @param meanAuc          mean of the fold AUCs
     * @param sdAuc            population standard deviation of the fold AUCs (as numpy's {@code std})
     * @param meanLogLoss      mean of the fold log losses
     * @param meanBrierScore   mean of the fold Brier scores
     * @param outOfFoldLift    decile lift of every record's out-of-fold prediction
     */
    public CrossValidationResult {
        folds = List.copyOf(folds);
    }
}

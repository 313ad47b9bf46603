package dev.crmkit.core.scoring.evaluation;

/**
 * How a model trained on the other folds did on one held-out fold.
 *
 * @param fold          0-based fold number
 * @param trainingRows  records the model was trained on
 * @param testRows      held-out records
 * @param testPositives positive held-out records
 * @param auc           ROC AUC on the held-out records
 * @param logLoss       mean log loss on the held-out records
 * @param brierScore    Brier score on the held-out records
 */
public record FoldMetrics(int fold, int trainingRows, int testRows, int testPositives, double auc, double logLoss, double brierScore) {
}

package dev.crmkit.core.scoring.evaluation;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.scoring.predictive.FeatureSpec;
import dev.crmkit.core.scoring.predictive.LeadScoringModel;
import dev.crmkit.core.scoring.predictive.LogisticRegressionSettings;
import dev.crmkit.core.scoring.predictive.LogisticRegressionTrainer;
import dev.crmkit.core.tabular.TabularRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * Seeded stratified k-fold cross-validation of the trained lead scorer. For each fold, a fresh
 * {@link dev.crmkit.core.scoring.predictive.FeaturePipeline} and model are fitted on the other folds only
 * (so levels, medians and scaling never see the held-out records) and scored on the held-out fold.
 * Deterministic for a given record order, spec, settings and seed.
 */
public final class CrossValidation {
    private CrossValidation() {
    }

    /**
     * Runs the cross-validation.
     *
     * @param records  the labelled records; iterated once and held in memory
     * @param spec     what to learn from
     * @param settings solver settings
     * @param folds    the number of folds, at least 2
     * @param seed     the fold-assignment seed
     * @return per-fold metrics, their summary, and the out-of-fold lift table
     * @throws ValidationException when a label is blank, a class has fewer records than folds, or training fails
     *                             validation (see {@link LogisticRegressionTrainer#train})
     */
    public static CrossValidationResult run(Iterable<? extends TabularRecord> records, FeatureSpec spec,
                                            LogisticRegressionSettings settings, int folds, long seed) {
        List<TabularRecord> rows = new ArrayList<>();
        records.forEach(rows::add);
        boolean[] outcomes = new boolean[rows.size()];
        for (int i = 0; i < outcomes.length; i++) {
            try {
                outcomes[i] = spec.label().isPositive(rows.get(i));
            } catch (ValidationException e) {
                throw e.withFieldPrefix("record " + (i + 1) + ": ");
            }
        }
        int[] assignment = StratifiedKFold.assign(outcomes, folds, seed);
        LogisticRegressionTrainer trainer = new LogisticRegressionTrainer(settings);
        double[] outOfFold = new double[rows.size()];
        List<FoldMetrics> metrics = new ArrayList<>(folds);
        for (int fold = 0; fold < folds; fold++) {
            List<TabularRecord> training = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (assignment[i] == fold) {
                    held.add(i);
                } else {
                    training.add(rows.get(i));
                }
            }
            LeadScoringModel model = trainer.train("cv-fold-" + (fold + 1), 1, spec, training);
            double[] predicted = new double[held.size()];
            boolean[] actual = new boolean[held.size()];
            int positives = 0;
            for (int k = 0; k < predicted.length; k++) {
                int i = held.get(k);
                predicted[k] = model.predict(rows.get(i));
                actual[k] = outcomes[i];
                outOfFold[i] = predicted[k];
                positives += actual[k] ? 1 : 0;
            }
            metrics.add(new FoldMetrics(fold, training.size(), predicted.length, positives,
                    RocAuc.of(predicted, actual), LogLoss.of(predicted, actual), BrierScore.of(predicted, actual)));
        }
        double meanAuc = mean(metrics.stream().mapToDouble(FoldMetrics::auc).toArray());
        double sdAuc = populationSd(metrics.stream().mapToDouble(FoldMetrics::auc).toArray(), meanAuc);
        return new CrossValidationResult(metrics, meanAuc, sdAuc,
                mean(metrics.stream().mapToDouble(FoldMetrics::logLoss).toArray()),
                mean(metrics.stream().mapToDouble(FoldMetrics::brierScore).toArray()),
                LiftTable.deciles(outOfFold, outcomes));
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double populationSd(double[] values, double mean) {
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / values.length);
    }
}

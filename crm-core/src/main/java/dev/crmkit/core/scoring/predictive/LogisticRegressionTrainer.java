package dev.crmkit.core.scoring.predictive;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.tabular.TabularRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Trains a {@link LeadScoringModel}: fits the {@link FeaturePipeline} on the records, encodes them, and fits
 * an L2-regularised logistic regression by Newton's method with step halving (see
 * {@link LogisticRegressionSettings}). Deterministic: the same records in the same order with the same spec
 * and settings give a bit-identical model. Stateless apart from its settings, so one trainer can be shared.
 */
public final class LogisticRegressionTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(LogisticRegressionTrainer.class);

    private final LogisticRegressionSettings settings;

    /**
     * A trainer with the given settings.
     *
     * @param settings solver settings
     */
    public LogisticRegressionTrainer(LogisticRegressionSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The solver settings.
     *
     * @return the settings
     */
    public LogisticRegressionSettings settings() {
        return settings;
    }

    /**
     * Trains a model named {@code lead-scoring}, version 1 (rename it with
     * {@link LeadScoringModel#withIdentity}).
     *
     * @param spec    what to learn from
     * @param records the training records; iterated once (a {@link dev.crmkit.core.tabular.CsvReader} works)
     * @return the fitted model
     * @throws ValidationException see {@link #train(String, int, FeatureSpec, Iterable)}
     */
    public LeadScoringModel train(FeatureSpec spec, Iterable<? extends TabularRecord> records) {
        return train("lead-scoring", 1, spec, records);
    }

    /**
     * Trains a model.
     *
     * @param name    the model's name
     * @param version the model's version, at least 1
     * @param spec    what to learn from
     * @param records the training records; iterated once
     * @return the fitted model
     * @throws ValidationException when the records do not contain both a positive and a negative outcome, a
     *                             label is blank, a declared column appears in no record, or a numeric value is
     *                             not a number (the field names the record)
     */
    public LeadScoringModel train(String name, int version, FeatureSpec spec, Iterable<? extends TabularRecord> records) {
        Objects.requireNonNull(spec, "spec");
        List<TabularRecord> rows = new ArrayList<>();
        records.forEach(rows::add);
        boolean[] labels = labels(spec.label(), rows);
        int positives = 0;
        for (boolean label : labels) {
            positives += label ? 1 : 0;
        }
        ValidationException.check(positives > 0 && positives < rows.size(), "records", rows.size() + " rows, " + positives + " positive",
                "training needs at least one positive and one negative outcome");

        FeaturePipeline pipeline = FeaturePipeline.fit(spec, rows);
        double[][] features = new double[rows.size()][];
        for (int i = 0; i < features.length; i++) {
            features[i] = pipeline.encode(rows.get(i));
        }
        NewtonSolver.Solution solution = NewtonSolver.solve(SparseDesign.of(features, pipeline.width()), labels, settings);
        if (!solution.converged()) {
            LOG.warn("logistic regression '{}' did not converge in {} iterations; the model is usable but not optimal",
                    name, solution.iterations());
        }
        LOG.debug("trained '{}' v{} on {} rows x {} features in {} Newton steps", name, version, rows.size(),
                pipeline.width(), solution.iterations());
        double[] beta = solution.beta();
        double[] weights = new double[pipeline.width()];
        System.arraycopy(beta, 1, weights, 0, weights.length);
        ModelMetadata metadata = new ModelMetadata(name, version, rows.size(), positives, settings,
                solution.iterations(), solution.converged());
        return new LeadScoringModel(metadata, pipeline, beta[0], weights);
    }

    private static boolean[] labels(LabelField label, List<TabularRecord> rows) {
        boolean[] labels = new boolean[rows.size()];
        for (int i = 0; i < labels.length; i++) {
            try {
                labels[i] = label.isPositive(rows.get(i));
            } catch (ValidationException e) {
                throw RecordLocation.locate(e, rows.get(i), i);
            }
        }
        return labels;
    }
}

package dev.crmkit.core.scoring.predictive;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.tabular.TabularRecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A fitted logistic-regression scorer: a {@link FeaturePipeline}, an intercept and one weight per encoded
 * feature, plus {@link ModelMetadata}. Immutable and thread-safe; {@link #equals} compares every weight
 * bit for bit.
 *
 * <pre>{@code
 * LeadScoringModel model = new LogisticRegressionTrainer(LogisticRegressionSettings.defaults())
 *         .train("inbound-leads", 1, spec, records);
 * double p = model.predict(TabularRecord.of(Map.of("Lead Source", "Google", "TotalVisits", "3")));
 * Explanation why = model.explain(record, 3);
 * String json = model.toJson();
 * LeadScoringModel same = LeadScoringModel.fromJson(json);
 * }</pre>
 */
public final class LeadScoringModel {
    private final ModelMetadata metadata;
    private final FeaturePipeline pipeline;
    private final double intercept;
    private final double[] weights;

    /**
     * Assembles a model (the trainer and the JSON reader use this; it is public so that models fitted
     * elsewhere can be imported).
     *
     * @param metadata  name, version and training facts
     * @param pipeline  the fitted encoder
     * @param intercept the log-odds at an all-zero feature vector
     * @param weights   one weight per {@link FeaturePipeline#featureNames() encoded feature} (copied)
     * @throws ValidationException when the weight count does not match the pipeline or a number is not finite
     */
    public LeadScoringModel(ModelMetadata metadata, FeaturePipeline pipeline, double intercept, double[] weights) {
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        ValidationException.check(Double.isFinite(intercept), "intercept", intercept, "must be finite");
        ValidationException.check(weights.length == pipeline.width(), "coefficients", weights.length,
                "expected " + pipeline.width() + " weights, one per encoded feature");
        for (int j = 0; j < weights.length; j++) {
            ValidationException.check(Double.isFinite(weights[j]), "coefficients[" + j + "]", weights[j], "must be finite");
        }
        this.intercept = intercept;
        this.weights = weights.clone();
    }

    /**
     * Reads a model written by {@link #toJson()}.
     *
     * @param json the JSON text
     * @return the model, equal to the one written
     * @throws ValidationException when the text is not JSON, not this format, of an unknown format version,
     *                             or inconsistent (the field names the JSON path)
     */
    public static LeadScoringModel fromJson(String json) {
        return ModelJson.read(json);
    }

    /**
     * Writes this model as JSON (shape documented in {@code docs/scoring.md}). Numbers are written so that
     * {@link #fromJson(String)} restores them exactly.
     *
     * @return pretty-printed JSON
     */
    public String toJson() {
        return ModelJson.write(this);
    }

    /**
     * Name, version and training facts.
     *
     * @return the metadata
     */
    public ModelMetadata metadata() {
        return metadata;
    }

    /**
     * The fitted encoder.
     *
     * @return the pipeline
     */
    public FeaturePipeline pipeline() {
        return pipeline;
    }

    /**
     * The declaration the model was trained from.
     *
     * @return the spec
     */
    public FeatureSpec spec() {
        return pipeline.spec();
    }

    /**
     * The intercept.
     *
     * @return the log-odds at an all-zero feature vector
     */
    public double intercept() {
        return intercept;
    }

    /**
     * The weights, named, in feature order.
     *
     * @return a new list
     */
    public List<Coefficient> coefficients() {
        List<String> names = pipeline.featureNames();
        List<Coefficient> coefficients = new ArrayList<>(weights.length);
        for (int j = 0; j < weights.length; j++) {
            coefficients.add(new Coefficient(names.get(j), weights[j]));
        }
        return coefficients;
    }

    /**
     * The same model under another name and version.
     *
     * @param name    the name
     * @param version the version, at least 1
     * @return a new model
     * @throws ValidationException when the name is blank or the version is below 1
     */
    public LeadScoringModel withIdentity(String name, int version) {
        return new LeadScoringModel(metadata.withIdentity(name, version), pipeline, intercept, weights);
    }

    /**
     * The log-odds of a positive outcome.
     *
     * @param record the record to score; columns the spec does not declare are ignored
     * @return {@code intercept + sum(weight * feature)}
     * @throws ValidationException when a numeric value is not a number
     */
    public double logit(TabularRecord record) {
        return logitOf(pipeline.encode(record));
    }

    /**
     * The probability of a positive outcome.
     *
     * @param record the record to score
     * @return a probability; strictly between 0 and 1 unless the logit is beyond about ±37, where doubles
     *         round to 0 or 1
     * @throws ValidationException when a numeric value is not a number
     */
    public double predict(TabularRecord record) {
        return NewtonSolver.sigmoid(logit(record));
    }

    /**
     * The features that moved this record's score most, each as {@code coefficient * encoded value}.
     *
     * @param record the record to explain
     * @param n      how many positive and how many negative contributions to list
     * @return the explanation; features contributing exactly zero are never listed
     * @throws ValidationException when {@code n} is negative or a numeric value is not a number
     */
    public Explanation explain(TabularRecord record, int n) {
        ValidationException.check(n >= 0, "n", n, "must not be negative");
        double[] x = pipeline.encode(record);
        List<String> names = pipeline.featureNames();
        List<Contribution> positive = new ArrayList<>();
        List<Contribution> negative = new ArrayList<>();
        for (int j = 0; j < x.length; j++) {
            double contribution = weights[j] * x[j];
            if (contribution == 0) {
                continue;
            }
            String column = pipeline.sourceColumn(j);
            Contribution c = new Contribution(names.get(j), record.get(column), x[j], weights[j], contribution);
            (contribution > 0 ? positive : negative).add(c);
        }
        // stable sorts keep feature order among equal contributions, so explanations are reproducible
        positive.sort(Comparator.comparingDouble(Contribution::contribution).reversed());
        negative.sort(Comparator.comparingDouble(Contribution::contribution));
        double logit = logitOf(x);
        return new Explanation(intercept, logit, NewtonSolver.sigmoid(logit),
                positive.subList(0, Math.min(n, positive.size())),
                negative.subList(0, Math.min(n, negative.size())));
    }

    /** Same summation order as training (intercept first, then features in order), for identical rounding. */
    private double logitOf(double[] x) {
        double sum = intercept;
        for (int j = 0; j < x.length; j++) {
            if (x[j] != 0) {
                sum += weights[j] * x[j];
            }
        }
        return sum;
    }

    double[] weights() {
        return weights.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LeadScoringModel that
                && metadata.equals(that.metadata)
                && pipeline.equals(that.pipeline)
                && Double.compare(intercept, that.intercept) == 0
                && Arrays.equals(weights, that.weights);
    }

    @Override
    public int hashCode() {
        return Objects.hash(metadata, pipeline, intercept) * 31 + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "LeadScoringModel[" + metadata.name() + " v" + metadata.version() + ", " + weights.length + " features, "
                + metadata.trainingRows() + " training rows]";
    }
}

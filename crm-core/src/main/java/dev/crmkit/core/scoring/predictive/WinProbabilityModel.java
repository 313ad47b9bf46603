package dev.crmkit.core.scoring.predictive;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.tabular.TabularRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The probability that an open deal will be won, learnt from closed deals with the same logistic-regression
 * machinery as lead scoring. Deals come in as plain maps of named features, so any deal representation
 * (domain objects, SQL rows, CSV) can feed it:
 *
 * <ul>
 *   <li>{@value #STAGE}, {@value #OWNER}, {@value #SOURCE}, {@value #PRODUCT}: categorical (case-folded;
 *       levels seen fewer than 5 times grouped);</li>
 *   <li>{@value #DAYS_IN_STAGE}, {@value #AMOUNT}: numeric, {@code log1p}-transformed, with a missing
 *       indicator;</li>
 *   <li>{@value #WON} (training only): {@code true} for won deals, {@code false} for lost ones.</li>
 * </ul>
 *
 * <p>Absent features count as missing. To learn from other deal features, declare a spec and wrap the
 * trained model with {@link #of(LeadScoringModel)}.
 */
public final class WinProbabilityModel {
    /** Feature: the current pipeline stage key. */
    public static final String STAGE = "stage";
    /** Feature: whole days the deal has been in its current stage. */
    public static final String DAYS_IN_STAGE = "days_in_stage";
    /** Feature: the deal amount as a plain decimal number (one currency per model). */
    public static final String AMOUNT = "amount";
    /** Feature: the owning salesperson. */
    public static final String OWNER = "owner";
    /** Feature: the lead source. */
    public static final String SOURCE = "source";
    /** Feature: the product. */
    public static final String PRODUCT = "product";
    /** Training label: {@code true} when the deal was won. */
    public static final String WON = "won";

    private final LeadScoringModel model;

    private WinProbabilityModel(LeadScoringModel model) {
        this.model = model;
    }

    /**
     * The default deal feature spec described in the class comment.
     *
     * @return the spec
     */
    public static FeatureSpec defaultSpec() {
        return FeatureSpec.builder()
                .label(WON, "true")
                .minFrequency(5)
                .caseFold(true)
                .categorical(STAGE, OWNER, SOURCE, PRODUCT)
                .numeric(NumericFeature.of(DAYS_IN_STAGE).withLog1p(true).withMissingIndicator(true))
                .numeric(NumericFeature.of(AMOUNT).withLog1p(true).withMissingIndicator(true))
                .build();
    }

    /**
     * Trains on closed deals with the {@link #defaultSpec()}.
     *
     * @param closedDeals one map per won or lost deal, including {@value #WON}
     * @param settings    solver settings
     * @return the model, named {@code win-probability}
     * @throws ValidationException when both outcomes are not present, a {@value #WON} value is blank, or a
     *                             number is malformed (or {@code <= -1})
     */
    public static WinProbabilityModel train(Iterable<? extends Map<String, String>> closedDeals, LogisticRegressionSettings settings) {
        List<TabularRecord> records = new ArrayList<>();
        closedDeals.forEach(deal -> records.add(TabularRecord.of(deal)));
        return new WinProbabilityModel(new LogisticRegressionTrainer(settings).train("win-probability", 1, defaultSpec(), records));
    }

    /**
     * Wraps a model trained on deal features with a custom spec.
     *
     * @param model the model
     * @return the wrapper
     */
    public static WinProbabilityModel of(LeadScoringModel model) {
        return new WinProbabilityModel(Objects.requireNonNull(model, "model"));
    }

    /**
     * Reads a model written by {@link #toJson()}.
     *
     * @param json the JSON text
     * @return the model
     * @throws ValidationException when the JSON is not a valid model
     */
    public static WinProbabilityModel fromJson(String json) {
        return new WinProbabilityModel(LeadScoringModel.fromJson(json));
    }

    /**
     * The probability that a deal is won.
     *
     * @param deal the deal's features; missing entries count as missing values
     * @return a probability
     * @throws ValidationException when a number is malformed
     */
    public double winProbability(Map<String, String> deal) {
        return model.predict(TabularRecord.of(deal));
    }

    /**
     * The features that moved a deal's win probability most.
     *
     * @param deal the deal's features
     * @param n    how many positive and negative contributions to list
     * @return the explanation
     * @throws ValidationException when {@code n} is negative or a number is malformed
     */
    public Explanation explain(Map<String, String> deal, int n) {
        return model.explain(TabularRecord.of(deal), n);
    }

    /**
     * The underlying model.
     *
     * @return the model
     */
    public LeadScoringModel model() {
        return model;
    }

    /**
     * The model as JSON (the {@link LeadScoringModel} format).
     *
     * @return the JSON text
     */
    public String toJson() {
        return model.toJson();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WinProbabilityModel that && model.equals(that.model);
    }

    @Override
    public int hashCode() {
        return model.hashCode();
    }

    @Override
    public String toString() {
        return "WinProbabilityModel[" + model + "]";
    }
}

/**
 * Trained (predictive) scoring: a declared {@link dev.crmkit.core.scoring.predictive.FeatureSpec}, the
 * fitted {@link dev.crmkit.core.scoring.predictive.FeaturePipeline} that turns a
 * {@link dev.crmkit.core.tabular.TabularRecord} into numbers, an L2-regularised logistic regression fitted
 * by Newton's method ({@link dev.crmkit.core.scoring.predictive.LogisticRegressionTrainer}), and the fitted
 * {@link dev.crmkit.core.scoring.predictive.LeadScoringModel} that predicts, explains and saves itself as
 * JSON. {@link dev.crmkit.core.scoring.predictive.WinProbabilityModel} applies the same machinery to deals.
 *
 * <p>Training is deterministic: the same records in the same order with the same spec and settings give a
 * bit-identical model. Nothing here reads clocks or unseeded randomness.
 */
package dev.crmkit.core.scoring.predictive;

/**
 * Measuring scorers: ROC AUC (exact, rank-based), log loss, Brier score, decile lift tables, and seeded
 * stratified k-fold cross-validation of the trained lead scorer
 * ({@link dev.crmkit.core.scoring.evaluation.CrossValidation}).
 *
 * <p>Every function takes plain arrays of scores and outcomes, so any scorer (trained or rule-based) can be
 * measured the same way. Results are deterministic: fold assignment uses a caller-supplied seed.
 */
package dev.crmkit.core.scoring.evaluation;

package dev.crmkit.core.scoring.predictive;

import dev.crmkit.core.error.ValidationException;

/**
 * How a logistic regression is fitted. The objective is
 * {@code sum_i logloss(y_i, p_i) + lambda/2 * |w|^2}, summed (not averaged) over the training records,
 * with the intercept not penalised; {@code lambda = 1} therefore matches scikit-learn's
 * {@code LogisticRegression(C=1.0)}. Newton's method stops when the largest gradient component divided by
 * the number of records is at most {@code tolerance}, or after {@code maxIterations} steps.
 *
 * @param lambda        the L2 penalty, {@code >= 0}; {@code 0} is plain maximum likelihood, which diverges
 *                      on separable data (the fit then stops at {@code maxIterations}, not converged)
 * @param maxIterations the most Newton steps, at least 1
 * @param tolerance     the convergence threshold on the per-record gradient, positive
 */
public record LogisticRegressionSettings(double lambda, int maxIterations, double tolerance) {

    /**
     * Creates the value, checking its invariants.
     *
     * @param lambda        the L2 penalty, {@code >= 0}; {@code 0} is plain maximum likelihood, which diverges
     *                      on separable data (the fit then stops at {@code maxIterations}, not converged)
     * @param maxIterations the most Newton steps, at least 1
     * @param tolerance     the convergence threshold on the per-record gradient, positive
     * @throws ValidationException when a value is out of range
     */
    public LogisticRegressionSettings {
        ValidationException.check(Double.isFinite(lambda) && lambda >= 0, "lambda", lambda, "must be finite and not negative");
        ValidationException.check(maxIterations >= 1, "maxIterations", maxIterations, "must be at least 1");
        ValidationException.check(Double.isFinite(tolerance) && tolerance > 0, "tolerance", tolerance, "must be finite and positive");
    }

    /**
     * {@code lambda = 1}, 100 iterations, tolerance {@code 1e-8}.
     *
     * @return the defaults
     */
    public static LogisticRegressionSettings defaults() {
        return new LogisticRegressionSettings(1.0, 100, 1e-8);
    }

    /**
     * These settings with another penalty.
     *
     * @param newLambda see {@link #lambda()}
     * @return new settings
     * @throws ValidationException when out of range
     */
    public LogisticRegressionSettings withLambda(double newLambda) {
        return new LogisticRegressionSettings(newLambda, maxIterations, tolerance);
    }
}

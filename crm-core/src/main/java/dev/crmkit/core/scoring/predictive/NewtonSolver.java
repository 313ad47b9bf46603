package dev.crmkit.core.scoring.predictive;

import java.util.Arrays;

/**
 * Fits L2-regularised logistic regression by Newton's method (iteratively reweighted least squares): each
 * step solves {@code H d = -g} by Cholesky and then halves the step until the objective decreases enough
 * (Armijo), so every accepted step improves the fit and the iteration cannot oscillate. Single-threaded with
 * a fixed summation order, so the result is bit-for-bit reproducible.
 */
final class NewtonSolver {
    private static final double ARMIJO = 1e-4;
    private static final int MAX_HALVINGS = 60;

    /** The fitted coefficients: index 0 is the intercept. */
    record Solution(double[] beta, int iterations, boolean converged) {
    }

    private NewtonSolver() {
    }

    static Solution solve(SparseDesign x, boolean[] y, LogisticRegressionSettings settings) {
        int n = x.rows;
        int d = x.columns;
        double lambda = settings.lambda();
        double[] beta = new double[d];
        int positives = 0;
        for (boolean label : y) {
            positives += label ? 1 : 0;
        }
        // start at the base rate: the optimum of the intercept-only model, one step closer than zero
        beta[0] = Math.log((double) positives / (n - positives));

        double[] eta = new double[n];
        double[] candidateEta = new double[n];
        double[] gradient = new double[d];
        double[] hessian = new double[d * d];
        double[] step = new double[d];
        double[] candidate = new double[d];

        x.multiply(beta, eta);
        double objective = objective(eta, y, beta, lambda);
        int iteration = 0;
        while (true) {
            derivatives(x, y, eta, beta, lambda, gradient, hessian);
            if (maxAbs(gradient) / n <= settings.tolerance()) {
                return new Solution(beta, iteration, true);
            }
            if (iteration == settings.maxIterations()) {
                return new Solution(beta, iteration, false);
            }
            iteration++;
            newtonDirection(hessian, gradient, d, step);
            double slope = dot(gradient, step);
            if (!(slope < 0)) {
                // rounding has made H numerically indefinite; fall back to steepest descent for this step
                for (int j = 0; j < d; j++) {
                    step[j] = -gradient[j];
                }
                slope = -dot(gradient, gradient);
            }
            double size = 1;
            boolean accepted = false;
            for (int halving = 0; halving < MAX_HALVINGS; halving++) {
                for (int j = 0; j < d; j++) {
                    candidate[j] = beta[j] + size * step[j];
                }
                x.multiply(candidate, candidateEta);
                double candidateObjective = objective(candidateEta, y, candidate, lambda);
                if (candidateObjective <= objective + ARMIJO * size * slope) {
                    System.arraycopy(candidate, 0, beta, 0, d);
                    System.arraycopy(candidateEta, 0, eta, 0, n);
                    objective = candidateObjective;
                    accepted = true;
                    break;
                }
                size /= 2;
            }
            if (!accepted) {
                // No representable step lowers the objective any more: the objective is flat to machine
                // precision here, which happens before the gradient test passes only when tolerance is tighter
                // than rounding allows. Call that converged if the gradient is within sqrt(tolerance).
                return new Solution(beta, iteration, maxAbs(gradient) / n <= Math.sqrt(settings.tolerance()));
            }
        }
    }

    /** Negative log-likelihood plus the penalty. */
    static double objective(double[] eta, boolean[] y, double[] beta, double lambda) {
        double loss = 0;
        for (int i = 0; i < eta.length; i++) {
            // log(1 + e^eta) - y*eta, computed without overflow
            double z = eta[i];
            double softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
            loss += softplus - (y[i] ? z : 0);
        }
        double penalty = 0;
        for (int j = 1; j < beta.length; j++) {
            penalty += beta[j] * beta[j];
        }
        return loss + lambda / 2 * penalty;
    }

    private static void derivatives(SparseDesign x, boolean[] y, double[] eta, double[] beta, double lambda,
                                    double[] gradient, double[] hessian) {
        int d = x.columns;
        Arrays.fill(gradient, 0);
        Arrays.fill(hessian, 0);
        int[] index = x.index;
        double[] value = x.value;
        for (int i = 0; i < x.rows; i++) {
            double p = sigmoid(eta[i]);
            double residual = p - (y[i] ? 1 : 0);
            double weight = p * (1 - p);
            int start = x.rowStart[i];
            int end = x.rowStart[i + 1];
            for (int a = start; a < end; a++) {
                int ja = index[a];
                double xa = value[a];
                gradient[ja] += residual * xa;
                double wa = weight * xa;
                int rowOffset = ja * d;
                // lower triangle only: indices within a row are increasing
                for (int b = start; b <= a; b++) {
                    hessian[rowOffset + index[b]] += wa * value[b];
                }
            }
        }
        for (int j = 1; j < d; j++) {
            gradient[j] += lambda * beta[j];
            hessian[j * d + j] += lambda;
        }
    }

    /** Solves {@code H step = -g}; adds a growing ridge when {@code H} is singular (only possible without penalty). */
    private static void newtonDirection(double[] hessian, double[] gradient, int d, double[] step) {
        double[] work = new double[d * d];
        double largestDiagonal = 0;
        for (int j = 0; j < d; j++) {
            largestDiagonal = Math.max(largestDiagonal, hessian[j * d + j]);
        }
        double ridge = 0;
        while (true) {
            System.arraycopy(hessian, 0, work, 0, d * d);
            for (int j = 0; j < d; j++) {
                work[j * d + j] += ridge;
            }
            if (Cholesky.factor(work, d)) {
                break;
            }
            ridge = ridge == 0 ? 1e-10 * Math.max(largestDiagonal, 1) : ridge * 10;
        }
        for (int j = 0; j < d; j++) {
            step[j] = -gradient[j];
        }
        Cholesky.solve(work, d, step);
    }

    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    private static double maxAbs(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}

package dev.crmkit.core.scoring.predictive;

/** Solves symmetric positive-definite systems {@code A x = b} by Cholesky factorisation, in place. */
final class Cholesky {
    private Cholesky() {
    }

    /**
     * Factorises the row-major {@code n x n} matrix {@code a} (only the lower triangle is read) into
     * {@code L} stored in the lower triangle.
     *
     * @return false when the matrix is not (numerically) positive definite
     */
    static boolean factor(double[] a, int n) {
        for (int j = 0; j < n; j++) {
            double diagonal = a[j * n + j];
            for (int k = 0; k < j; k++) {
                diagonal -= a[j * n + k] * a[j * n + k];
            }
            if (!(diagonal > 0) || !Double.isFinite(diagonal)) {
                return false;
            }
            double root = Math.sqrt(diagonal);
            a[j * n + j] = root;
            for (int i = j + 1; i < n; i++) {
                double sum = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    sum -= a[i * n + k] * a[j * n + k];
                }
                a[i * n + j] = sum / root;
            }
        }
        return true;
    }

    /** Solves {@code L L^T x = b} with the factor from {@link #factor}; {@code b} is overwritten by {@code x}. */
    static void solve(double[] l, int n, double[] b) {
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i * n + k] * b[k];
            }
            b[i] = sum / l[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double sum = b[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k * n + i] * b[k];
            }
            b[i] = sum / l[i * n + i];
        }
    }
}

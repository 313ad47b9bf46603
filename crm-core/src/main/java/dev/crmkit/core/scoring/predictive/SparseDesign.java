package dev.crmkit.core.scoring.predictive;

/**
 * The training matrix in compressed-row form, with an implicit leading column of ones for the intercept.
 * One-hot encoding leaves most entries zero, and the Hessian's cost is the square of the non-zeros per row,
 * so storing only non-zeros makes Newton steps several times cheaper than dense rows.
 */
final class SparseDesign {
    final int rows;
    /** Columns including the intercept at index 0. */
    final int columns;
    final int[] rowStart;
    final int[] index;
    final double[] value;

    private SparseDesign(int rows, int columns, int[] rowStart, int[] index, double[] value) {
        this.rows = rows;
        this.columns = columns;
        this.rowStart = rowStart;
        this.index = index;
        this.value = value;
    }

    /** Builds from dense feature rows (without the intercept column). */
    static SparseDesign of(double[][] features, int width) {
        int nonZero = 0;
        for (double[] row : features) {
            for (double x : row) {
                if (x != 0) {
                    nonZero++;
                }
            }
        }
        int[] rowStart = new int[features.length + 1];
        int[] index = new int[nonZero + features.length];
        double[] value = new double[nonZero + features.length];
        int k = 0;
        for (int i = 0; i < features.length; i++) {
            rowStart[i] = k;
            index[k] = 0;
            value[k++] = 1;
            double[] row = features[i];
            for (int j = 0; j < width; j++) {
                if (row[j] != 0) {
                    index[k] = j + 1;
                    value[k++] = row[j];
                }
            }
        }
        rowStart[features.length] = k;
        return new SparseDesign(features.length, width + 1, rowStart, index, value);
    }

    /** {@code X beta} into {@code out}. */
    void multiply(double[] beta, double[] out) {
        for (int i = 0; i < rows; i++) {
            double sum = 0;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                sum += value[k] * beta[index[k]];
            }
            out[i] = sum;
        }
    }
}

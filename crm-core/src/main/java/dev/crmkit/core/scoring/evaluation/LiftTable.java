package dev.crmkit.core.scoring.evaluation;

import dev.crmkit.core.error.ValidationException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Cases sorted by descending score and cut into equal-count buckets (deciles by default): how many
 * positives each bucket holds, its lift over the base rate, and the share of all positives captured by
 * calling down to it. Bucket {@code b} (0-based) holds sorted positions {@code [b*n/k, (b+1)*n/k)}; equal
 * scores on a bucket border are split by their original order, so the table is deterministic.
 *
 * @param rows      one row per bucket, highest scores first
 * @param count     all cases
 * @param positives all positive cases
 */
public record LiftTable(List<LiftRow> rows, int count, int positives) {

    /**
     * Creates the value (lists are copied).
     *
     * @param rows      one row per bucket, highest scores first
     * @param count     all cases
     * @param positives all positive cases
     */
    public LiftTable {
        rows = List.copyOf(rows);
    }

    /**
     * A decile table.
     *
     * @param scores   one score per case
     * @param outcomes whether each case was positive
     * @return ten buckets
     * @throws ValidationException see {@link #of(double[], boolean[], int)}
     */
    public static LiftTable deciles(double[] scores, boolean[] outcomes) {
        return of(scores, outcomes, 10);
    }

    /**
     * A table with {@code buckets} equal-count buckets.
     *
     * @param scores   one score per case
     * @param outcomes whether each case was positive
     * @param buckets  the number of buckets, at least 1 and at most the number of cases
     * @return the table
     * @throws ValidationException when the arrays differ in length or are empty, a score is NaN, there are no
     *                             positives, or {@code buckets} is out of range
     */
    public static LiftTable of(double[] scores, boolean[] outcomes, int buckets) {
        int positives = ScoredOutcomes.positives(scores, outcomes);
        int n = scores.length;
        ValidationException.check(buckets >= 1 && buckets <= n, "buckets", buckets, "must be between 1 and the number of cases (" + n + ")");
        ValidationException.check(positives > 0, "outcomes", 0, "lift needs at least one positive case");
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        double baseRate = (double) positives / n;
        List<LiftRow> rows = new ArrayList<>(buckets);
        int captured = 0;
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * n / buckets);
            int to = (int) ((long) (b + 1) * n / buckets);
            int hits = 0;
            for (int k = from; k < to; k++) {
                hits += outcomes[order[k]] ? 1 : 0;
            }
            captured += hits;
            double rate = (double) hits / (to - from);
            rows.add(new LiftRow(b + 1, to - from, hits, rate, rate / baseRate, (double) captured / positives,
                    scores[order[to - 1]], scores[order[from]]));
        }
        return new LiftTable(rows, n, positives);
    }
}

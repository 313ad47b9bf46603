package dev.crmkit.core.scoring.evaluation;

/**
 * One bucket of a {@link LiftTable}.
 *
 * @param bucket            1-based, 1 holding the highest scores
 * @param count             cases in the bucket
 * @param positives         positive cases in the bucket
 * @param rate              {@code positives / count}
 * @param lift              {@code rate} divided by the overall positive rate; above 1 means better than random
 * @param cumulativeCapture share of all positives found in buckets 1 to this one
 * @param minScore          the lowest score in the bucket
 * @param maxScore          the highest score in the bucket
 */
public record LiftRow(int bucket, int count, int positives, double rate, double lift, double cumulativeCapture,
                      double minScore, double maxScore) {
}

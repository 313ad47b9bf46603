package dev.crmkit.core.scoring;

import dev.crmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Points arithmetic. Scores are kept in whole hundredths of a point ({@code long}) while scoring, so caps,
 * their distribution back to rules, and the sum of a breakdown are exact; the API shows them as
 * {@link BigDecimal}s with two decimals.
 */
final class Points {
    /** Decimals a point value may carry. */
    static final int SCALE = 2;
    /** The largest magnitude of points, caps and thresholds in a model; keeps every product within a long. */
    static final BigDecimal MAX = new BigDecimal("1000000");

    private Points() {
    }

    /**
     * Checks a model value (points, cap, threshold) and returns it without trailing zeros, so
     * {@code 10}, {@code 10.0} and {@code 10.00} are the same value and models compare equal after a JSON
     * round trip. Throws {@link ValidationException} naming {@code field} when the value is missing, has
     * more than two decimals or is larger than {@link #MAX} in magnitude.
     */
    static BigDecimal normalize(String field, BigDecimal value) {
        ValidationException.check(value != null, field, null, "is required");
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        ValidationException.check(stripped.scale() <= SCALE, field, value.toPlainString(), "must have at most 2 decimals");
        ValidationException.check(stripped.abs().compareTo(MAX) <= 0, field, value.toPlainString(),
                "must be at most " + MAX.toPlainString() + " in magnitude");
        return stripped;
    }

    /** Like {@link #normalize(String, BigDecimal)}, and also rejects negative values. */
    static BigDecimal nonNegative(String field, BigDecimal value) {
        BigDecimal normalized = normalize(field, value);
        ValidationException.check(normalized.signum() >= 0, field, value.toPlainString(), "must not be negative");
        return normalized;
    }

    /** The value in hundredths; exact because values are normalized to at most two decimals. */
    static long toHundredths(BigDecimal value) {
        return value.movePointRight(SCALE).longValueExact();
    }

    /** Hundredths as a decimal with two decimals. */
    static BigDecimal fromHundredths(long hundredths) {
        return BigDecimal.valueOf(hundredths, SCALE);
    }

    /**
     * {@code floor(a * b / c)} for {@code a, b >= 0} and {@code c > 0}, without overflow; the remainder
     * goes to {@code remainderOut[index]}.
     */
    static long mulDivFloor(long a, long b, long c, long[] remainderOut, int index) {
        long high = Math.multiplyHigh(a, b);
        long product = a * b;
        if (high == 0 && product >= 0) {
            remainderOut[index] = product % c;
            return product / c;
        }
        BigInteger[] qr = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divideAndRemainder(BigInteger.valueOf(c));
        remainderOut[index] = qr[1].longValueExact();
        return qr[0].longValueExact();
    }

    /**
     * Splits {@code target} (with {@code 0 <= target <= sum(weights)}, all weights {@code >= 0}) into whole
     * shares proportional to {@code weights} by the largest-remainder method: every share is first
     * {@code floor(weight * target / sum)}, then the hundredths still missing go one each to the largest
     * remainders, ties to the lower index. The shares sum to {@code target} exactly and no share exceeds its
     * weight.
     */
    static long[] largestRemainder(long[] weights, long target) {
        int n = weights.length;
        long sum = 0;
        for (long w : weights) {
            sum += w;
        }
        long[] shares = new long[n];
        if (sum == 0) {
            return shares;
        }
        long[] remainders = new long[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            shares[i] = mulDivFloor(weights[i], target, sum, remainders, i);
            assigned += shares[i];
        }
        long missing = target - assigned;
        // Fewer hundredths are missing than there are weights, so this runs at most n times.
        while (missing > 0) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (remainders[i] > 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = 0;
            missing--;
        }
        return shares;
    }
}

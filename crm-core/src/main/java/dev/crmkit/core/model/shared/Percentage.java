package dev.crmkit.core.model.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.crmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A percentage from 0 to 100 inclusive with at most two decimals (e.g. a stage probability of 12.5).
 *
 * @param value the percentage, 0..100
 */
public record Percentage(BigDecimal value) implements Comparable<Percentage> {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** 0 %. */
    public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);
    /** 100 %. */
    public static final Percentage HUNDRED_PERCENT = new Percentage(HUNDRED);

    public Percentage {
        ValidationException.check(value != null, "percentage", null, "is required");
        ValidationException.check(value.signum() >= 0 && value.compareTo(HUNDRED) <= 0, "percentage",
                value.toPlainString(), "must be between 0 and 100");
        ValidationException.check(value.stripTrailingZeros().scale() <= 2, "percentage", value.toPlainString(),
                "must have at most two decimals");
        value = value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A whole percentage. */
    public static Percentage of(int value) {
        return new Percentage(BigDecimal.valueOf(value));
    }

    /** A percentage from its text form (e.g. {@code "12.5"}). */
    @JsonCreator
    public static Percentage parse(String text) {
        ValidationException.check(text != null, "percentage", null, "is required");
        try {
            return new Percentage(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            throw new ValidationException("percentage", text, "is not a number");
        }
    }

    /** The value as a fraction, 0..1 (exact). */
    public BigDecimal fraction() {
        return value.movePointLeft(2);
    }

    /** The value as a double fraction 0..1, for statistics. */
    public double asDouble() {
        return value.doubleValue() / 100.0;
    }

    @Override
    public int compareTo(Percentage other) {
        return value.compareTo(other.value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString();
    }
}

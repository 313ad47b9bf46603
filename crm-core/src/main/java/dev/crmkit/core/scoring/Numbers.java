package dev.crmkit.core.scoring;

import java.math.BigDecimal;

/** Reads numbers written as text in a model (equals and in values). */
final class Numbers {
    private Numbers() {
    }

    /** The number, or {@code null} when {@code text} is not a decimal number. */
    static BigDecimal parse(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            // BigDecimal also accepts exponents; a model value with letters is more likely a typo.
            if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+') {
                return null;
            }
        }
        try {
            return new BigDecimal(stripped);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The number as a double, or {@code NaN} when {@code text} is not a decimal number. */
    static double parseDouble(String text) {
        BigDecimal value = parse(text);
        return value == null ? Double.NaN : value.doubleValue();
    }
}

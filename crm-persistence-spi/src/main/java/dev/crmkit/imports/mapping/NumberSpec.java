package dev.crmkit.imports.mapping;

import dev.crmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How numbers are written: {@code {"decimalSeparator": ",", "groupingSeparator": ".", "multiplier": "1000000"}}.
 * Grouping separators and spaces (also non-breaking) are removed, then the decimal separator is read as the
 * decimal point; scientific notation is not accepted. The result is multiplied by {@code multiplier} (for
 * columns such as "revenue in millions").
 *
 * @param decimalSeparator  one character (default {@code "."})
 * @param groupingSeparator one character or empty (default {@code ","}); must differ from the decimal separator
 * @param multiplier        a decimal factor (default 1)
 */
public record NumberSpec(String decimalSeparator, String groupingSeparator, Optional<BigDecimal> multiplier) {
    /** {@code 1,234.5}. */
    public static final NumberSpec DEFAULT = new NumberSpec(".", ",", Optional.empty());

    /** Validates. @throws ValidationException for separators that are not single characters or are equal */
    public NumberSpec {
        decimalSeparator = decimalSeparator == null ? "." : decimalSeparator;
        groupingSeparator = groupingSeparator == null ? (",".equals(decimalSeparator) ? "." : ",") : groupingSeparator;
        multiplier = multiplier == null ? Optional.empty() : multiplier;
        ValidationException.check(decimalSeparator.length() == 1, "decimalSeparator", decimalSeparator, "must be one character");
        ValidationException.check(groupingSeparator.length() <= 1, "groupingSeparator", groupingSeparator,
                "must be one character or empty");
        ValidationException.check(!decimalSeparator.equals(groupingSeparator), "groupingSeparator", groupingSeparator,
                "must differ from the decimal separator");
        multiplier.ifPresent(m -> ValidationException.check(m.signum() != 0, "multiplier", m, "must not be zero"));
    }
}

package dev.crmkit.imports.mapping;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.Money;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Converts cell text to typed values. Every method either returns a value or throws a
 * {@link ValidationException} naming the given field; none throws anything else, whatever the input.
 */
public final class ValueParsers {
    /** Longer cells are not numbers or dates, whatever they contain; rejecting them early keeps parsing cheap. */
    private static final int MAX_NUMBER_CHARS = 64;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]{1,40}(\\.[0-9]{1,20})?");
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private ValueParsers() {
    }

    /**
     * A decimal number written as {@code spec} says, times its multiplier. Currency symbols and spaces around
     * the digits are ignored; exponents are not accepted.
     *
     * @throws ValidationException when the text is not such a number
     */
    public static BigDecimal decimal(String field, String text, NumberSpec spec) {
        ValidationException.check(text.length() <= MAX_NUMBER_CHARS, field, text, "is too long for a number");
        StringBuilder plain = new StringBuilder(text.length());
        char grouping = spec.groupingSeparator().isEmpty() ? 0 : spec.groupingSeparator().charAt(0);
        char decimalMark = spec.decimalSeparator().charAt(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == decimalMark) {
                plain.append('.');
            } else if (c == grouping || Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.CURRENCY_SYMBOL) {
                continue;
            } else {
                plain.append(c);
            }
        }
        String digits = plain.toString();
        ValidationException.check(DECIMAL.matcher(digits).matches(), field, text,
                "is not a number (decimal separator '" + spec.decimalSeparator() + "')");
        BigDecimal value = new BigDecimal(digits);
        return spec.multiplier().map(value::multiply).orElse(value);
    }

    /**
     * A whole number (a decimal part of zeros is accepted).
     *
     * @throws ValidationException when the text is not a whole number that fits an {@code int}
     */
    public static int integer(String field, String text, NumberSpec spec) {
        BigDecimal value = decimal(field, text, spec);
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw new ValidationException(field, text, "is not a whole number between "
                    + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
        }
    }

    /**
     * An amount of money; more decimals than the currency has are rejected.
     *
     * @throws ValidationException when the amount or the currency is invalid
     */
    public static Money money(String field, String text, Currency currency, NumberSpec spec) {
        BigDecimal amount = decimal(field, text, spec);
        try {
            return Money.of(amount, currency);
        } catch (ValidationException e) {
            throw new ValidationException(field, text, e.reason());
        }
    }

    /**
     * An ISO 4217 currency code.
     *
     * @throws ValidationException when the code is unknown
     */
    public static Currency currency(String field, String code) {
        try {
            return Money.currency(code);
        } catch (ValidationException e) {
            throw new ValidationException(field, code, e.reason());
        }
    }

    /**
     * A calendar date; a date-time's date part is taken as written (no zone conversion).
     *
     * @throws ValidationException when no pattern of {@code spec} matches
     */
    public static LocalDate date(String field, String text, DateSpec spec) {
        TemporalAccessor parsed = parse(field, text, spec);
        return LocalDate.from(parsed);
    }

    /**
     * A moment: offsets in the text are honoured, date-times without one are read in {@code zone}, and a date
     * alone is the start of that day in {@code zone}.
     *
     * @throws ValidationException when no pattern of {@code spec} matches
     */
    public static Instant instant(String field, String text, DateSpec spec, ZoneId zone) {
        TemporalAccessor parsed = parse(field, text, spec);
        if (parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
            return Instant.from(parsed);
        }
        if (parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
            return LocalDateTime.from(parsed).atZone(zone).toInstant();
        }
        return LocalDate.from(parsed).atStartOfDay(zone).toInstant();
    }

    private static TemporalAccessor parse(String field, String text, DateSpec spec) {
        ValidationException.check(text.length() <= MAX_NUMBER_CHARS, field, text, "is too long for a date");
        for (String pattern : spec.patterns()) {
            try {
                TemporalAccessor parsed = DateSpec.ISO.equals(pattern) ? parseIso(text) : formatter(pattern).parse(text);
                if (parsed.isSupported(ChronoField.EPOCH_DAY) || parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
                    return resolved(parsed);
                }
            } catch (DateTimeException | ArithmeticException e) {
                // try the next pattern
            }
        }
        throw new ValidationException(field, text, "is not a date in the format " + String.join(" or ", spec.patterns()));
    }

    private static TemporalAccessor resolved(TemporalAccessor parsed) {
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return OffsetDateTime.from(parsed);
        }
        if (parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
            return LocalDateTime.from(parsed);
        }
        return LocalDate.from(parsed);
    }

    private static TemporalAccessor parseIso(String text) {
        if (text.length() <= 10) {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
    }

    private static DateTimeFormatter formatter(String pattern) {
        return FORMATTERS.computeIfAbsent(pattern, p -> DateTimeFormatter.ofPattern(strictYears(p), Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT));
    }

    /** Strict resolution needs "u" (proleptic year) where people write "y" (year of era). */
    private static String strictYears(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }
}

package dev.crmkit.core.model.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.crmkit.core.error.ValidationException;
import java.util.Locale;

/**
 * A phone number in E.164 form ({@code +14155550123}), parsed with libphonenumber. Numbers written without
 * a country code are read in the given default region. Parsing an E.164 value again gives the same value.
 *
 * @param e164 the number in E.164 form
 */
public record PhoneNumber(String e164) {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    public PhoneNumber {
        ValidationException.check(e164 != null, "phone", null, "is required");
        ValidationException.check(e164.matches("\\+[1-9][0-9]{6,14}"), "phone", e164, "must be in E.164 form (+ and 7-15 digits)");
        ValidationException.check(e164.equals(format(e164, null, e164)), "phone", e164, "is not a valid phone number");
    }

    /**
     * Parses a number as people write it ({@code (415) 555-0123}, {@code +44 20 7946 0958}).
     *
     * @param text          the number
     * @param defaultRegion ISO 3166 region for numbers without a country code (e.g. {@code "US"}), or null
     *                      when every number carries one
     * @throws ValidationException when the text is not a valid number for that region
     */
    public static PhoneNumber parse(String text, String defaultRegion) {
        ValidationException.check(text != null, "phone", null, "is required");
        return new PhoneNumber(format(text, defaultRegion, text));
    }

    /** Parses a number that carries its country code. */
    @JsonCreator
    public static PhoneNumber of(String e164) {
        return parse(e164, null);
    }

    private static String format(String text, String region, String original) {
        String normalizedRegion = region == null ? null : region.toUpperCase(Locale.ROOT);
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(text, normalizedRegion);
            ValidationException.check(UTIL.isValidNumber(number), "phone", original, "is not a valid phone number");
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new ValidationException("phone", original, "cannot be parsed as a phone number ("
                    + e.getErrorType().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
        }
    }

    @JsonValue
    @Override
    public String toString() {
        return e164;
    }
}

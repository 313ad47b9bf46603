package dev.crmkit.imports.mapping;

import dev.crmkit.core.error.ValidationException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Turns what exports write as a country ("United States", "Germany", "DE", "DEU") into an ISO 3166-1 alpha-2
 * code, using the names the JDK's {@link Locale} knows in English plus a few common aliases ("USA", "UK",
 * "United States of America", "Czech Republic", "Holland"). Compared ignoring case and surrounding spaces.
 */
public final class CountryNames {
    private static final Map<String, String> CODES = build();

    private CountryNames() {
    }

    /**
     * The alpha-2 code.
     *
     * @param field the field to name in errors
     * @throws ValidationException when the text is no country name or code this class knows
     */
    public static String toAlpha2(String field, String text) {
        String code = text == null ? null : CODES.get(text.strip().toLowerCase(Locale.ROOT));
        if (code == null) {
            throw new ValidationException(field, text,
                    "is not a country name (in English) or ISO 3166 code; map it with \"map\" to a code such as US");
        }
        return code;
    }

    private static Map<String, String> build() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            codes.put(code.toLowerCase(Locale.ROOT), code);
            codes.put(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
            try {
                codes.put(country.getISO3Country().toLowerCase(Locale.ROOT), code);
            } catch (MissingResourceException e) {
                // a few codes have no alpha-3 form in older JDKs; their name and alpha-2 code still work
            }
        }
        codes.put("united states of america", "US");
        codes.put("u.s.", "US");
        codes.put("u.s.a.", "US");
        codes.put("uk", "GB");
        codes.put("great britain", "GB");
        codes.put("czech republic", "CZ");
        codes.put("holland", "NL");
        codes.put("the netherlands", "NL");
        codes.put("russian federation", "RU");
        codes.put("republic of korea", "KR");
        codes.put("viet nam", "VN");
        return Map.copyOf(codes);
    }
}

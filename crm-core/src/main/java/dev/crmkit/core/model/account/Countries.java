package dev.crmkit.core.model.account;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, as the JDK knows them. */
final class Countries {
    private static final Set<String> CODES = Set.copyOf(java.util.Arrays.asList(Locale.getISOCountries()));

    private Countries() {
    }

    static boolean isIsoAlpha2(String code) {
        return CODES.contains(code);
    }
}

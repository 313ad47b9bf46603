package dev.crmkit.imports;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.Checks;
import java.text.Normalizer;
import java.util.Locale;

/** Property keys made from column headers. */
public final class PropertyKeys {
    private static final int MAX = 64;

    private PropertyKeys() {
    }

    /**
     * The snake_case key of a header: accents removed (and ß written ss), camel case split ({@code TotalVisits} becomes
     * {@code total_visits}), every run of other characters one {@code _}, a leading digit prefixed with
     * {@code p_}, cut to 64 characters. {@code "What matters most to you?"} becomes
     * {@code what_matters_most_to_you}.
     *
     * @throws ValidationException when no letter or digit remains
     */
    public static String snakeCase(String header) {
        String ascii = Normalizer.normalize(header.replace("ß", "ss"), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String split = ascii.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2");
        String key = split.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        ValidationException.check(!key.isEmpty(), "header", header, "has no letters or digits to make a property key from");
        if (!Character.isLetter(key.charAt(0))) {
            key = "p_" + key;
        }
        if (key.length() > MAX) {
            key = key.substring(0, MAX).replaceAll("_+$", "");
        }
        return Checks.requirePropertyKey("header", key);
    }
}

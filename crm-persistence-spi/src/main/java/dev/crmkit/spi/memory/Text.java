package dev.crmkit.spi.memory;

import java.util.Locale;

/** Case-insensitive literal text matching as the query javadoc defines it ({@code toLowerCase(Locale.ROOT)}). */
final class Text {
    private Text() {
    }

    /** The form both sides of a case-insensitive comparison are brought to. */
    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Whether {@code text} equals {@code other}, ignoring case. */
    static boolean equalsIgnoreCase(String text, String other) {
        return fold(text).equals(fold(other));
    }

    /** Whether {@code text} starts with {@code prefix}, ignoring case. */
    static boolean startsWithIgnoreCase(String text, String prefix) {
        return fold(text).startsWith(fold(prefix));
    }

    /** Whether {@code text} contains {@code part}, ignoring case. */
    static boolean containsIgnoreCase(String text, String part) {
        return fold(text).contains(fold(part));
    }
}

package dev.crmkit.jdbc.robustness;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The corpus of {@link HostileQueryContract}: text that means something to SQL, to one of the three databases,
 * to {@code LIKE}, to the JDBC drivers or to the store's own statement templates, plus the decoys each payload
 * would match if any of that meaning leaked into a query. Every payload is free of NUL (PostgreSQL cannot store
 * it in text at all, so no store could return it).
 */
final class HostileText {
    /** The longest text a query filter takes ({@code textContains}: 200; name prefixes take 100). */
    private static final int LONG = 200;

    /** The payloads, in a fixed order so failures name the same payload on every run. */
    static final List<String> PAYLOADS = List.of(
            // classic injection: quotes closing the literal, comments, stacked statements, canaries with side effects
            "' OR '1'='1", "' OR 1=1 --", "'; DROP TABLE crm_contact; --", "'); DELETE FROM crm_account; --",
            "'; CREATE TABLE crm_pwned (x INT); --", "' UNION SELECT id, name FROM crm_account --",
            "\" OR \"\"=\"", "'' OR ''=''", "') OR ('a'='a", "1' AND SLEEP(5) AND '1'='1", "'||pg_sleep(5)||'",
            "admin'--", "x'; UPDATE crm_deal SET amount = 0; --",
            // backslash sequences: MariaDB treats \ as an escape in literals unless NO_BACKSLASH_ESCAPES is on
            "\\", "\\\\", "\\'", "\\' OR 1=1 -- ", "\\\" OR 1=1 -- ", "\\0", "\\n", "\\Z", "\\x27", "\\%", "\\_",
            "a\\%b", "a\\_b", "end\\",
            // LIKE wildcards and the store's LIKE escape character (!)
            "%", "_", "%%", "__", "50%", "a_c", "a%c", "%a%", "100%_off", "!", "!%", "!_", "!!", "a!b", "%!_\\",
            // character classes (SQL Server LIKE, SIMILAR TO, regular expressions, GLOB)
            "[", "]", "[a-c]", "[^a]", "[%]", "[_]", "*", "?", "a*", "a.*", "^$.|+(){}",
            // comments and statement separators
            "/*", "*/", "/* comment */ x", "--", "-- comment", "#", "# comment", ";", "; SELECT 1", "x;y",
            // PostgreSQL: dollar quotes, escape strings, Unicode escapes, casts
            "$$", "$$; DROP TABLE crm_deal; $$", "$tag$ x $tag$", "E'\\x27'", "E'\\\\'", "U&'\\0041'", "'::text", "1::int",
            // MariaDB: identifier quotes, executable comments, user variables
            "`", "``", "`crm_contact`", "/*! DROP TABLE crm_contact */", "@@version", "@x := 1",
            // JDBC and the store's templates: parameter markers, escapes, the table-prefix placeholders
            "?", "??", "?:x", ":name", "{fn now()}", "{p}contact", "${prefix}contact", "#{x}",
            // NUL-free control characters and white space inside the text
            "tab\there", "line\nbreak", "cr\rlf", "bell\u0007", "esc\u001b[31mred", "del\u007f", "nbsp\u00a0x",
            "zero\u200bwidth", "rtl\u202eevil", "bom\ufeff",
            // Unicode quotes and homoglyphs of metacharacters
            "\u2018quoted\u2019", "\u201cdouble\u201d", "\u02bc OR \u02bc1\u02bc=\u02bc1", "\uff07 OR \uff071\uff07=\uff071",
            "\uff05", "\uff3f", "\uff3c", "\u2215", "\u037e",
            // case folding and orders: characters where lower-casing, UTF-16 order and code point order disagree
            "\u0130stanbul", "STRASSE \u1e9e", "\u03a3\u03c2\u03c3", "\ud83d\ude00", "\ud83d\ude00%", "\ud835\udd18nicode",
            "\ue000private", "\ufb01", "\uff21\uff22", "\ufffd", "e\u0301",
            // long text: as long as the filters take
            "'".repeat(LONG), "%".repeat(LONG), "_".repeat(LONG), "\\".repeat(LONG), "' OR '1'='1 ".repeat(LONG / 12),
            "\ud83d\ude00".repeat(LONG / 2));

    private HostileText() {
    }

    /**
     * What {@code payload} would match if the store interpreted it instead of matching it literally: its
     * wildcards replaced by plain characters or dropped, its escapes dropped or applied, its quotes dropped,
     * and text around it that a prefix or substring search must (or must not) find.
     */
    static Set<String> decoys(String payload) {
        Set<String> decoys = new LinkedHashSet<>();
        decoys.add(payload.replace('%', 'Q').replace('_', 'Q').replace('!', 'Q').replace('*', 'Q').replace('?', 'Q'));
        decoys.add(payload.replace("%", "").replace("_", ""));
        decoys.add(payload.replace("\\", ""));
        decoys.add(payload.replace("\\\\", "\\").replace("\\'", "'").replace("\\%", "%").replace("\\_", "_"));
        decoys.add(payload.replace("'", "").replace("\"", "").replace("`", ""));
        decoys.add(payload.replace("[", "").replace("]", ""));
        decoys.add(payload.toUpperCase(Locale.ROOT));
        decoys.add(payload + " tail");
        decoys.add("head " + payload);
        decoys.remove(payload);
        decoys.removeIf(d -> d.isBlank());
        return decoys;
    }

    /** Every payload followed by its decoys, each text once. */
    static List<String> everything() {
        Set<String> all = new LinkedHashSet<>();
        for (String payload : PAYLOADS) {
            all.add(payload);
            all.addAll(decoys(payload));
        }
        return new ArrayList<>(all);
    }

    /** At most {@code max} UTF-16 units of {@code text}, never splitting a surrogate pair. */
    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /** {@code text} with everything outside printable ASCII written as a Java escape, for test names. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." + "(" + text.length() + " chars)" : text;
        for (char c : shown.toCharArray()) {
            if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }
}

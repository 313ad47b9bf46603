package dev.crmkit.core.tabular;

import dev.crmkit.core.error.ValidationException;

/**
 * How to read a CSV text: the separator, the quote character and how forgiving to be.
 *
 * @param separator        the field separator, e.g. {@code ','} or {@code ';'}
 * @param quote            the quote character, normally {@code '"'}; a quote inside a quoted field is doubled
 * @param strictFieldCount whether every record must have exactly as many fields as the header; when
 *                         {@code false} missing trailing fields read as empty and extra fields are kept without a name,
 *                         and text after a closing quote is kept instead of rejected
 * @param skipBlankLines   whether completely empty lines between records are skipped (instead of being read
 *                         as a record with one empty field)
 * @param maxFieldChars    the longest field accepted; longer fields are rejected so that a file with a
 *                         missing closing quote cannot exhaust memory
 */
public record CsvFormat(char separator, char quote, boolean strictFieldCount, boolean skipBlankLines, int maxFieldChars) {

    /** The default limit for one field: 16 Mi characters. */
    public static final int DEFAULT_MAX_FIELD_CHARS = 1 << 24;

    /**
     * Creates the value, checking its invariants.
     *
     * @param separator        the field separator, e.g. {@code ','} or {@code ';'}
     * @param quote            the quote character, normally {@code '"'}; a quote inside a quoted field is doubled
     * @param strictFieldCount whether every record must have exactly as many fields as the header; when
     *                         {@code false} missing trailing fields read as empty and extra fields are kept without a name,
     *                         and text after a closing quote is kept instead of rejected
     * @param skipBlankLines   whether completely empty lines between records are skipped (instead of being read
     *                         as a record with one empty field)
     * @param maxFieldChars    the longest field accepted; longer fields are rejected so that a file with a
     *                         missing closing quote cannot exhaust memory
     * @throws ValidationException when the separator or quote is a line break, they are equal, or {@code
     *                             maxFieldChars} is not positive
     */
    public CsvFormat {
        ValidationException.check(!isLineBreak(separator), "separator", separator, "must not be a line break");
        ValidationException.check(!isLineBreak(quote), "quote", quote, "must not be a line break");
        ValidationException.check(separator != quote, "quote", quote, "must differ from the separator");
        ValidationException.check(maxFieldChars > 0, "maxFieldChars", maxFieldChars, "must be positive");
    }

    /**
     * RFC 4180: comma-separated, {@code "}-quoted, strict field count, blank lines skipped.
     *
     * @return the comma format
     */
    public static CsvFormat rfc4180() {
        return new CsvFormat(',', '"', true, true, DEFAULT_MAX_FIELD_CHARS);
    }

    /**
     * Like {@link #rfc4180()} with {@code ';'} as separator, as written by spreadsheet programs in locales
     * that use the comma as decimal mark.
     *
     * @return the semicolon format
     */
    public static CsvFormat semicolon() {
        return rfc4180().withSeparator(';');
    }

    /**
     * This format with another separator.
     *
     * @param newSeparator the separator
     * @return a new format
     * @throws ValidationException when the separator is a line break or the quote character
     */
    public CsvFormat withSeparator(char newSeparator) {
        return new CsvFormat(newSeparator, quote, strictFieldCount, skipBlankLines, maxFieldChars);
    }

    /**
     * This format with strict or lenient field counts.
     *
     * @param strict see {@link #strictFieldCount()}
     * @return a new format
     */
    public CsvFormat withStrictFieldCount(boolean strict) {
        return new CsvFormat(separator, quote, strict, skipBlankLines, maxFieldChars);
    }

    /**
     * This format with blank lines skipped or kept.
     *
     * @param skip see {@link #skipBlankLines()}
     * @return a new format
     */
    public CsvFormat withSkipBlankLines(boolean skip) {
        return new CsvFormat(separator, quote, strictFieldCount, skip, maxFieldChars);
    }

    /**
     * This format with another field-length limit.
     *
     * @param limit the longest accepted field, in chars
     * @return a new format
     * @throws ValidationException when {@code limit} is not positive
     */
    public CsvFormat withMaxFieldChars(int limit) {
        return new CsvFormat(separator, quote, strictFieldCount, skipBlankLines, limit);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}

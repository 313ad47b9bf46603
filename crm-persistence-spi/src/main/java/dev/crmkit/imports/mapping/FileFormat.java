package dev.crmkit.imports.mapping;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.tabular.CsvFormat;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/**
 * How the file is written: {@code {"separator": ";", "encoding": "windows-1252"}}.
 *
 * @param separator the field separator, one character; {@code "\t"} or {@code "tab"} for tabs (default {@code ","})
 * @param quote     the quote character (default {@code "\""})
 * @param encoding  the character set name as Java knows it (default {@code UTF-8}); a UTF-8 byte-order mark
 *                  is skipped
 */
public record FileFormat(String separator, String quote, String encoding) {
    /** Comma-separated UTF-8 with double quotes. */
    public static final FileFormat DEFAULT = new FileFormat(",", "\"", "UTF-8");

    /**
     * Validates and fills in defaults.
     *
     * @throws ValidationException for a separator or quote that is not one character or an unknown encoding
     */
    public FileFormat {
        separator = separator == null ? "," : ("tab".equals(separator) ? "\t" : separator);
        quote = quote == null ? "\"" : quote;
        encoding = encoding == null ? "UTF-8" : encoding;
        ValidationException.check(separator.length() == 1, "separator", separator, "must be one character (or \"tab\")");
        ValidationException.check(quote.length() == 1, "quote", quote, "must be one character");
        charsetOf(encoding);
        new CsvFormat(separator.charAt(0), quote.charAt(0), false, true, CsvFormat.DEFAULT_MAX_FIELD_CHARS);
    }

    /** The character set. */
    public Charset charset() {
        return charsetOf(encoding);
    }

    /**
     * The reader settings: lenient field counts (the importer rejects rows whose field count differs from the
     * header's itself, so one bad row does not end the file) and blank lines skipped.
     */
    public CsvFormat csvFormat() {
        return new CsvFormat(separator.charAt(0), quote.charAt(0), false, true, CsvFormat.DEFAULT_MAX_FIELD_CHARS);
    }

    private static Charset charsetOf(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ValidationException("encoding", name, "is not a character set this Java runtime supports");
        }
    }
}
